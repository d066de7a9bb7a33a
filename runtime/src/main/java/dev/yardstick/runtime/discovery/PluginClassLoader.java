package dev.yardstick.runtime.discovery;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one drop-in plugin, isolated the way Trino isolates its plugins: it sees the JDK (through
 * the platform class loader), the Yardstick SPI ({@code dev.yardstick.api}, taken from the host so that both
 * sides share one {@code CollectorFactory}), and its own jars, nothing else. The host's Jackson, OkHttp,
 * typesafe-config and runtime classes are invisible, so a plugin bundles the libraries it uses, at the versions
 * it was built against. Closing the loader closes its jar files.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final String SPI_PACKAGE = "dev.yardstick.api.";
    private static final String SPI_RESOURCES = "dev/yardstick/api/";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;

    /**
     * Creates the loader.
     *
     * @param name the plugin's name, for diagnostics
     * @param urls the plugin's jars and class directories
     * @param spiLoader the host loader the SPI classes come from
     */
    PluginClassLoader(String name, URL[] urls, ClassLoader spiLoader) {
        super(name, urls, ClassLoader.getPlatformClassLoader());
        this.spiLoader = requireNonNull(spiLoader, "spiLoader is null");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = getParent().loadClass(name);
                } catch (ClassNotFoundException notInTheJdk) {
                    loaded = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SPI_RESOURCES) ? spiLoader.getResource(name) : super.getResource(name);
    }
}
