package dev.yardstick.runtime.discovery;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads each plugin's own {@code reference.conf} with that plugin's class loader. A pf4j loader's
 * {@code getResources} also returns the parent's files (the runtime's {@code reference.conf} among them), so
 * only the loader's own URLs are searched ({@link URLClassLoader#findResource}). Built-ins' {@code reference.conf}
 * files are on the class path with the runtime's and are read with it; here they are only checked.
 *
 * <p>Every plugin's file, built-ins' included, may only set keys under {@code yardstick.collectors.<type>} for the
 * types the plugin provides ({@link ReferenceScope}); anything else is a problem naming the jar and the key.
 */
public final class PluginReferences {
    private static final String REFERENCE = "reference.conf";

    private PluginReferences() {
    }

    /**
     * Reads the {@code reference.conf} of every plugin loaded from the plugins directory, once per class loader.
     *
     * @param factories the discovered factories
     * @param problems where parse errors are added
     * @return the plugins' reference configurations, in discovery order
     */
    public static List<Config> read(List<DiscoveredFactory> factories, List<PluginProblem> problems) {
        Map<ClassLoader, Set<String>> typesByLoader = new LinkedHashMap<>();
        Map<ClassLoader, String> origins = new LinkedHashMap<>();
        for (DiscoveredFactory factory : factories) {
            if (!factory.builtIn()) {
                typesByLoader.computeIfAbsent(factory.classLoader(), loader -> new TreeSet<>()).add(factory.type());
                origins.putIfAbsent(factory.classLoader(), factory.origin());
            }
        }
        List<Config> references = new ArrayList<>();
        typesByLoader.forEach((loader, types) -> read(loader, origins.get(loader), problems).ifPresent(config -> {
            ReferenceScope.check(config, types, origins.get(loader), problems);
            references.add(config);
        }));
        BuiltInReferences.check(factories, problems);
        return List.copyOf(references);
    }

    /**
     * Reads one plugin's own {@code reference.conf}.
     *
     * @param pluginLoader the plugin's class loader
     * @param origin the plugin's jar or directory, used in origins and messages
     * @param problems where a parse error is added
     * @return the configuration, empty when the plugin has none
     */
    public static Optional<Config> read(ClassLoader pluginLoader, String origin, List<PluginProblem> problems) {
        if (!(pluginLoader instanceof URLClassLoader)) {
            return Optional.empty();
        }
        URL url = ((URLClassLoader) pluginLoader).findResource(REFERENCE);
        if (url == null) {
            return Optional.empty();
        }
        // Through the loader, not the URL: a jar: URL connection caches its JarFile for the life of the JVM,
        // which would keep every plugin jar open after its loader is closed.
        try (InputStream in = ((URLClassLoader) pluginLoader).getResourceAsStream(REFERENCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(ConfigFactory.parseReader(reader,
                    ConfigParseOptions.defaults().setOriginDescription(origin + "!/" + REFERENCE)));
        } catch (IOException e) {
            problems.add(new PluginProblem(origin + "!/" + REFERENCE, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        } catch (ConfigException e) {
            problems.add(new PluginProblem(origin + "!/" + REFERENCE, e.getMessage()));
            return Optional.empty();
        }
    }
}
