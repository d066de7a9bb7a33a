package dev.yardstick.runtime.discovery;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectorFactory;

/**
 * A collector factory found at start-up.
 *
 * @param factory the factory
 * @param origin {@value PluginDiscovery#CLASS_PATH} for built-ins, else the path of the plugin jar or directory
 * @param classLoader the class loader the factory came from; a plugin's {@code reference.conf} is read with it
 */
public record DiscoveredFactory(CollectorFactory factory, String origin, ClassLoader classLoader) {

    /** Validates the components. */
    public DiscoveredFactory {
        requireNonNull(factory, "factory is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(classLoader, "classLoader is null");
    }

    /**
     * Returns the factory's collector type.
     *
     * @return the type
     */
    public String type() {
        return factory.type();
    }

    /**
     * Tells whether the factory came from the class path (or was registered in code) rather than the plugins
     * directory.
     *
     * @return true for built-ins
     */
    public boolean builtIn() {
        return PluginDiscovery.CLASS_PATH.equals(origin) || PluginDiscovery.REGISTERED.equals(origin);
    }
}
