package dev.yardstick.hocon;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A collector's configuration block as the SPI sees it, over typesafe-config: the one adapter, used by the
 * runtime and by the testkit alike, so that plugin tests see production's messages. Getters never default: a missing or mistyped value
 * throws {@link ConfigurationException} naming the value's file and line and its full path, e.g.
 * {@code config/app.conf:7: yardstick.collectors.github.timeout: expected a duration, got 'abc'}.
 */
public final class HoconCollectorConfig implements CollectorConfig {
    private final String id;
    private final String path;
    private final Config block;
    private final SecretResolver secrets;

    /**
     * Creates a view.
     *
     * @param id the collector id
     * @param path the full HOCON path of the block
     * @param block the block, defaults merged in
     * @param secrets the resolver used by {@link #getSecret}
     */
    public HoconCollectorConfig(String id, String path, Config block, SecretResolver secrets) {
        this.id = requireNonNull(id, "id is null");
        this.path = requireNonNull(path, "path is null");
        this.block = requireNonNull(block, "block is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
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
    public boolean hasPath(String relative) {
        return block.hasPath(relative);
    }

    @Override
    public String getString(String relative) {
        return read(relative, "a string", Config::getString);
    }

    @Override
    public int getInt(String relative) {
        return read(relative, "an int", Config::getInt);
    }

    @Override
    public long getLong(String relative) {
        return read(relative, "a long", Config::getLong);
    }

    @Override
    public double getDouble(String relative) {
        return read(relative, "a number", Config::getDouble);
    }

    @Override
    public boolean getBoolean(String relative) {
        return read(relative, "a boolean", Config::getBoolean);
    }

    @Override
    public Duration getDuration(String relative) {
        return read(relative, "a duration", Config::getDuration);
    }

    @Override
    public List<String> getStringList(String relative) {
        return List.copyOf(read(relative, "a list of strings", Config::getStringList));
    }

    @Override
    public Secret getSecret(String relative) {
        String reference = getString(relative);
        try {
            return secrets.resolve(reference);
        } catch (ConfigurationException e) {
            throw invalid(relative, e.problem());
        }
    }

    @Override
    public CollectorConfig getConfig(String relative) {
        return new HoconCollectorConfig(id, fullPath(relative), read(relative, "an object", Config::getConfig),
                secrets);
    }

    @Override
    public List<CollectorConfig> getConfigList(String relative) {
        List<? extends Config> items = read(relative, "a list of objects", Config::getConfigList);
        List<CollectorConfig> views = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            views.add(new HoconCollectorConfig(id, fullPath(relative) + "[" + i + "]", items.get(i), secrets));
        }
        return List.copyOf(views);
    }

    @Override
    public Set<String> keys() {
        return Set.copyOf(block.root().keySet());
    }

    @Override
    public ConfigurationException invalid(String relative, String problem) {
        ConfigOrigin where = originOf(relative);
        return new ConfigurationException(where == null ? "" : Origins.describe(where), fullPath(relative), problem);
    }

    /** The origin of a value, null values included (which {@code Config.getValue} refuses), else the block's. */
    private ConfigOrigin originOf(String relative) {
        ConfigValue value = block.root();
        for (String key : ConfigUtil.splitPath(relative)) {
            if (!(value instanceof ConfigObject) || !((ConfigObject) value).containsKey(key)) {
                return block.origin();
            }
            value = ((ConfigObject) value).get(key);
        }
        return value.origin();
    }

    private <T> T read(String relative, String expected, Getter<T> getter) {
        try {
            return getter.get(block, relative);
        } catch (ConfigException.Missing e) {
            throw invalid(relative, "is missing (expected " + expected + ")");
        } catch (ConfigException e) {
            throw invalid(relative, "expected " + expected + ", got " + describe(relative));
        }
    }

    private String describe(String relative) {
        if (!block.hasPath(relative)) {
            return "null";
        }
        ConfigValue value = block.getValue(relative);
        if (value.valueType() == ConfigValueType.OBJECT || value.valueType() == ConfigValueType.LIST) {
            return "a" + (value.valueType() == ConfigValueType.OBJECT ? "n object" : " list");
        }
        return SecretKeys.looksSecret(SecretKeys.lastKey(fullPath(relative))) ? "a value (hidden)"
                : "'" + value.unwrapped() + "'";
    }

    private String fullPath(String relative) {
        return path + "." + relative;
    }

    /** Reads one value of a block. */
    @FunctionalInterface
    private interface Getter<T> {
        T get(Config config, String path);
    }

}
