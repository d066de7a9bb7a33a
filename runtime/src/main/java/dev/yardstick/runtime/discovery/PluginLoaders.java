package dev.yardstick.runtime.discovery;

import java.util.Optional;

/**
 * The class loaders of the drop-in plugins a discovery loaded. Closing unloads the plugins and closes their
 * loaders (and jar files), so that an embedder that builds and closes Yardstick many times keeps no plugin
 * classes alive. The owner closes it once the factories and their collectors are closed. Idempotent.
 */
public final class PluginLoaders implements AutoCloseable {
    private final Optional<YardstickPluginManager> manager;
    private boolean closed;

    PluginLoaders(Optional<YardstickPluginManager> manager) {
        this.manager = manager;
    }

    /**
     * Returns loaders for a discovery that loaded nothing from a plugins directory.
     *
     * @return an instance with nothing to close
     */
    public static PluginLoaders none() {
        return new PluginLoaders(Optional.empty());
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            manager.ifPresent(YardstickPluginManager::close);
        }
    }
}
