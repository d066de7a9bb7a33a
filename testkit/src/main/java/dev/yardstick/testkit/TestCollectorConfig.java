package dev.yardstick.testkit;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link CollectorConfig} for plugin tests: the plugin's own {@code reference.conf} block under
 * {@code yardstick.collectors.<type>}, overlaid with test settings written in HOCON. It behaves like the
 * runtime's view (no defaults in getters, errors naming the full path) without needing the runtime.
 */
public final class TestCollectorConfig implements CollectorConfig {
    private final String id;
    private final String path;
    private final Config block;
    private final SecretResolver secrets;

    private TestCollectorConfig(String id, String path, Config block, SecretResolver secrets) {
        this.id = requireNonNull(id);
        this.path = requireNonNull(path);
        this.block = requireNonNull(block);
        this.secrets = requireNonNull(secrets);
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
        return new TestCollectorConfig(type, path, block, secrets);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean hasPath(String key) {
        return block.hasPath(key);
    }

    @Override
    public String getString(String key) {
        return read(key, block::getString);
    }

    @Override
    public int getInt(String key) {
        return read(key, block::getInt);
    }

    @Override
    public long getLong(String key) {
        return read(key, block::getLong);
    }

    @Override
    public double getDouble(String key) {
        return read(key, block::getDouble);
    }

    @Override
    public boolean getBoolean(String key) {
        return read(key, block::getBoolean);
    }

    @Override
    public Duration getDuration(String key) {
        return read(key, block::getDuration);
    }

    @Override
    public List<String> getStringList(String key) {
        return List.copyOf(read(key, block::getStringList));
    }

    @Override
    public Secret getSecret(String key) {
        return secrets.resolve(getString(key));
    }

    @Override
    public CollectorConfig getConfig(String key) {
        return new TestCollectorConfig(id, path + "." + key, read(key, block::getConfig), secrets);
    }

    @Override
    public Set<String> keys() {
        return Set.copyOf(block.root().keySet());
    }

    @Override
    public ConfigurationException invalid(String key, String problem) {
        return new ConfigurationException(path + "." + key, problem);
    }

    private <T> T read(String key, Function<String, T> getter) {
        try {
            return getter.apply(key);
        } catch (ConfigException e) {
            throw invalid(key, e.getMessage());
        }
    }
}
