package dev.yardstick.runtime.discovery;

import static java.lang.System.Logger.Level.WARNING;

import dev.yardstick.api.CollectorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Finds collector factories: built-ins with {@code ServiceLoader} on the application class loader, then every
 * jar or pf4j plugin zip in the plugins directory, each found by pf4j, loaded in its own isolated class loader
 * ({@link PluginClassLoader}: the JDK, the SPI and its own jars only) and searched
 * with the same {@code ServiceLoader} call (keeping only the factories that loader itself defined).
 *
 * <p>Refused, with a problem naming the jar: a duplicate type (both origins named), a jar bundling the api
 * classes, a missing or different SPI version, a type not matching {@code [a-z][a-z0-9-]*}, a factory
 * implementing a {@code CollectorFactory} loaded by another class loader. A missing plugins directory is fine. A
 * drop-in that defines no factory at all is loaded but logged as a warning, since it adds nothing.
 */
public final class PluginDiscovery {
    /** The origin of built-in factories. */
    public static final String CLASS_PATH = "class path";
    /** The origin of factories registered in code by an embedding service. */
    public static final String REGISTERED = "registered in code";

    private static final System.Logger LOG = System.getLogger(PluginDiscovery.class.getName());
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final int MAX_LOADER_ERRORS = 100;

    private final Map<String, DiscoveredFactory> byType = new LinkedHashMap<>();
    private final List<PluginProblem> problems = new ArrayList<>();

    private PluginDiscovery() {
    }

    /**
     * Discovers factories, gathering problems instead of failing, so they can be reported with config errors.
     *
     * @param pluginsDir the plugins directory, which need not exist; empty = built-ins only
     * @param appLoader the application class loader
     * @return the factories accepted and the problems found
     */
    public static DiscoveryResult scan(Optional<Path> pluginsDir, ClassLoader appLoader) {
        return scan(pluginsDir, appLoader, List.of());
    }

    /**
     * Discovers factories, with factories an embedding service registered in code first.
     *
     * @param pluginsDir the plugins directory, which need not exist; empty = built-ins only
     * @param appLoader the application class loader
     * @param registered factories registered in code, origin {@value #REGISTERED}
     * @return the factories accepted and the problems found
     */
    public static DiscoveryResult scan(Optional<Path> pluginsDir, ClassLoader appLoader,
            List<CollectorFactory> registered) {
        PluginDiscovery discovery = new PluginDiscovery();
        registered.forEach(factory -> discovery.accept(new DiscoveredFactory(factory, REGISTERED,
                factory.getClass().getClassLoader())));
        discovery.load(CLASS_PATH, appLoader);
        Optional<YardstickPluginManager> manager = pluginsDir.filter(Files::isDirectory)
                .map(dir -> new YardstickPluginManager(dir, appLoader));
        manager.ifPresent(loaded -> loaded.pluginPaths().forEach(plugin -> discovery.loadPlugin(loaded, plugin)));
        return new DiscoveryResult(List.copyOf(discovery.byType.values()), discovery.problems,
                new PluginLoaders(manager));
    }

    private void loadPlugin(YardstickPluginManager manager, Path plugin) {
        String origin = plugin.toString();
        List<String> refusals = PluginJarCheck.problems(plugin);
        if (!refusals.isEmpty()) {
            refusals.forEach(refusal -> problems.add(new PluginProblem(origin, refusal)));
            return;
        }
        try {
            String id = manager.loadPlugin(plugin);
            int problemsBefore = problems.size();
            if (load(origin, manager.getPluginClassLoader(id)) == 0 && problems.size() == problemsBefore) {
                LOG.log(WARNING, "{0}: defines no collector factory (no META-INF/services/{1} entry naming a class"
                        + " of its own), so it adds no collector type", origin, CollectorFactory.class.getName());
            }
        } catch (RuntimeException e) {
            problems.add(new PluginProblem(origin, "cannot be loaded as a plugin: " + e.getMessage()));
        }
    }

    /** Accepts the factories this loader itself defines, returning how many it defines. */
    private int load(String origin, ClassLoader loader) {
        Iterator<CollectorFactory> factories = ServiceLoader.load(CollectorFactory.class, loader).iterator();
        int defined = 0;
        for (int errors = 0; errors < MAX_LOADER_ERRORS; ) {
            try {
                if (!factories.hasNext()) {
                    return defined;
                }
                CollectorFactory factory = factories.next();
                if (loader == factory.getClass().getClassLoader()) {
                    defined++;
                    accept(new DiscoveredFactory(factory, origin, loader));
                }
            } catch (ServiceConfigurationError e) {
                errors++;
                problems.add(new PluginProblem(origin, describe(e)));
            }
        }
        return defined;
    }

    private void accept(DiscoveredFactory discovered) {
        String type = discovered.type();
        String name = discovered.factory().getClass().getName();
        if (type == null || !TYPE.matcher(type).matches()) {
            problems.add(new PluginProblem(discovered.origin(), "factory " + name + " has type '" + type
                    + "', which does not match [a-z][a-z0-9-]*"));
            return;
        }
        DiscoveredFactory first = byType.putIfAbsent(type, discovered);
        if (first != null) {
            problems.add(new PluginProblem(discovered.origin(), "collector type '" + type + "' is provided twice:"
                    + " by " + first.factory().getClass().getName() + " from " + first.origin() + " and by " + name
                    + " from " + discovered.origin()));
        }
    }

    private static String describe(ServiceConfigurationError error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("not a subtype")) {
            return "a factory implements a CollectorFactory interface loaded by another class loader (" + message
                    + "); the plugin must use the runtime's api classes, not its own copy";
        }
        return "cannot instantiate a CollectorFactory: " + message;
    }
}
