package dev.yardstick.runtime.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;

/**
 * pf4j configured for Yardstick: plain jars need no pf4j descriptor, and every plugin class loader has the
 * given application class loader as parent (so the api classes are shared), each plugin in its own loader.
 */
final class YardstickPluginManager extends DefaultPluginManager {
    private final ClassLoader parent;

    YardstickPluginManager(Path pluginsDir, ClassLoader parent) {
        super(pluginsDir);
        this.parent = parent;
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
        // Called from the super constructor: the loaders read `parent` only later, when loading.
        return new CompoundPluginLoader().add(new JarLoader()).add(new DirectoryLoader());
    }

    private PluginClassLoader newClassLoader(PluginDescriptor descriptor) {
        return new PluginClassLoader(this, descriptor, parent);
    }

    /** Loads a plain or pf4j jar. */
    private final class JarLoader implements PluginLoader {
        @Override
        public boolean isApplicable(Path pluginPath) {
            return Files.isRegularFile(pluginPath) && pluginPath.getFileName().toString().endsWith(".jar");
        }

        @Override
        public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
            PluginClassLoader loader = newClassLoader(descriptor);
            loader.addFile(pluginPath.toFile());
            return loader;
        }
    }

    /** Loads an expanded pf4j plugin zip: {@code classes/} and {@code lib/*.jar}. */
    private final class DirectoryLoader extends DefaultPluginLoader {
        DirectoryLoader() {
            super(YardstickPluginManager.this);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return newClassLoader(descriptor);
        }
    }
}
