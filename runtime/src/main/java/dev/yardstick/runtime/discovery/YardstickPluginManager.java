package dev.yardstick.runtime.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginWrapper;

/**
 * pf4j configured for Yardstick: pf4j finds the plugins (jars, and zips it expands), plain jars need no pf4j
 * descriptor, and each plugin gets its own isolated {@link PluginClassLoader}, which shares only the SPI with
 * the host. {@link #close} unloads every plugin and closes its loader.
 */
final class YardstickPluginManager extends DefaultPluginManager implements AutoCloseable {
    private final ClassLoader spiLoader;

    YardstickPluginManager(Path pluginsDir, ClassLoader spiLoader) {
        super(pluginsDir);
        this.spiLoader = spiLoader;
    }

    @Override
    public void close() {
        List<ClassLoader> loaders = getPlugins().stream().map(PluginWrapper::getPluginClassLoader).toList();
        unloadPlugins();
        for (ClassLoader loader : loaders) {
            try {
                ((PluginClassLoader) loader).close();
            } catch (IOException e) {
                System.getLogger("yardstick").log(System.Logger.Level.WARNING, "closing " + loader + ": " + e);
            }
        }
    }

    /**
     * Lists the plugin jars and expanded pf4j plugin directories, expanding pf4j zips first. Other directories
     * are not plugins and are passed over: in a source checkout {@code plugins/} also holds the Maven modules of
     * the built-in plugins ({@code plugins/github} with its {@code pom.xml}).
     *
     * @return the plugin paths, sorted
     */
    List<Path> pluginPaths() {
        return pluginRepository.getPluginPaths().stream().filter(YardstickPluginManager::isPlugin).sorted().toList();
    }

    private static boolean isPlugin(Path path) {
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().endsWith(".jar");
        }
        boolean expandedZip = Files.isDirectory(path.resolve("classes")) || Files.isDirectory(path.resolve("lib"));
        return expandedZip && !Files.exists(path.resolve("pom.xml"));
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new FileNameDescriptorFinder();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        // Called from the super constructor: the loader reads `spiLoader` only later, when loading.
        return new IsolatingLoader();
    }

    /** Loads a plain jar, or an expanded pf4j plugin zip ({@code classes/} and {@code lib/*.jar}). */
    private final class IsolatingLoader implements PluginLoader {
        @Override
        public boolean isApplicable(Path pluginPath) {
            return isPlugin(pluginPath);
        }

        @Override
        public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
            return new PluginClassLoader(descriptor.getPluginId(), urls(pluginPath), spiLoader);
        }
    }

    private static URL[] urls(Path pluginPath) {
        List<URL> urls = new ArrayList<>();
        try {
            if (Files.isRegularFile(pluginPath)) {
                urls.add(pluginPath.toUri().toURL());
            } else {
                Path classes = pluginPath.resolve("classes");
                if (Files.isDirectory(classes)) {
                    urls.add(classes.toUri().toURL());
                }
                Path lib = pluginPath.resolve("lib");
                if (Files.isDirectory(lib)) {
                    try (Stream<Path> jars = Files.list(lib)) {
                        for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                            urls.add(jar.toUri().toURL());
                        }
                    }
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(pluginPath + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(pluginPath + ": " + e.getMessage(), e);
        }
        return urls.toArray(URL[]::new);
    }
}
