package dev.yardstick.testkit;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.hocon.HoconCollectorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A {@link CollectorConfig} for plugin tests: the plugin's own {@code reference.conf} block under
 * {@code yardstick.collectors.<type>}, overlaid with test settings written in HOCON. It is the runtime's own
 * adapter ({@link HoconCollectorConfig}) underneath, so a plugin test sees exactly the errors production
 * reports (file and line, full path, no defaults in getters), without the runtime on the class path.
 */
public final class TestCollectorConfig implements CollectorConfig {
    private final CollectorConfig delegate;

    private TestCollectorConfig(CollectorConfig delegate) {
        this.delegate = requireNonNull(delegate);
    }

    /**
     * Builds the configuration of a collector from its plugin's reference.conf and test overrides.
     *
     * @param type the collector type
     * @param overrides HOCON relative to the collector block, e.g. {@code repos = ["acme/widgets"]}
     * @param loader the class loader holding the plugin's reference.conf
     * @param secrets resolves secret references
     * @return the configuration
     */
    public static TestCollectorConfig of(String type, String overrides, ClassLoader loader, SecretResolver secrets) {
        String path = "yardstick.collectors." + type;
        Config reference = ConfigFactory.parseResources(loader, "reference.conf");
        Config defaults = reference.hasPath(path) ? reference.getConfig(path) : ConfigFactory.empty();
        Config block = ConfigFactory.parseString(overrides).withFallback(defaults).resolve();
        return new TestCollectorConfig(new HoconCollectorConfig(type, path, block, secrets));
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String path() {
        return delegate.path();
    }

    @Override
    public boolean hasPath(String key) {
        return delegate.hasPath(key);
    }

    @Override
    public String getString(String key) {
        return delegate.getString(key);
    }

    @Override
    public int getInt(String key) {
        return delegate.getInt(key);
    }

    @Override
    public long getLong(String key) {
        return delegate.getLong(key);
    }

    @Override
    public double getDouble(String key) {
        return delegate.getDouble(key);
    }

    @Override
    public boolean getBoolean(String key) {
        return delegate.getBoolean(key);
    }

    @Override
    public Duration getDuration(String key) {
        return delegate.getDuration(key);
    }

    @Override
    public List<String> getStringList(String key) {
        return delegate.getStringList(key);
    }

    @Override
    public Secret getSecret(String key) {
        return delegate.getSecret(key);
    }

    @Override
    public CollectorConfig getConfig(String key) {
        return delegate.getConfig(key);
    }

    @Override
    public List<CollectorConfig> getConfigList(String key) {
        return delegate.getConfigList(key);
    }

    @Override
    public Set<String> keys() {
        return delegate.keys();
    }

    @Override
    public ConfigurationException invalid(String key, String problem) {
        return delegate.invalid(key, problem);
    }
}
