package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.yardstick.api.config.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one {@code yardstick.sinks.<name>} block, turning typesafe-config errors into
 * {@link ConfigurationException}s that name the full HOCON path and where the value came from.
 */
final class SinkBlock {
    private final String path;
    private final Config config;

    SinkBlock(String path, Config config) {
        this.path = requireNonNull(path, "path is null");
        this.config = requireNonNull(config, "config is null");
    }

    String path(String key) {
        return path + "." + key;
    }

    String string(String key) {
        return read(key, config::getString);
    }

    Optional<String> optionalString(String key) {
        return config.hasPath(key) ? Optional.of(string(key)) : Optional.empty();
    }

    boolean bool(String key) {
        return read(key, config::getBoolean);
    }

    int positiveInt(String key) {
        int value = read(key, config::getInt);
        if (value < 0) {
            throw new ConfigurationException(path(key), "must not be negative, got " + value);
        }
        return value;
    }

    long bytes(String key) {
        long value = read(key, config::getBytes);
        if (value <= 0) {
            throw new ConfigurationException(path(key), "must be positive, got " + value);
        }
        return value;
    }

    Duration duration(String key) {
        Duration value = read(key, config::getDuration);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationException(path(key), "must be a positive duration, got " + value);
        }
        return value;
    }

    Path filePath(String key) {
        return Path.of(string(key));
    }

    Set<String> stringSet(String key) {
        return Set.copyOf(read(key, config::getStringList));
    }

    SinkBlock child(String key) {
        return new SinkBlock(path(key), read(key, config::getConfig));
    }

    private <T> T read(String key, Function<String, T> getter) {
        try {
            return getter.apply(key);
        } catch (ConfigException e) {
            throw new ConfigurationException(path(key), e.getMessage());
        }
    }
}
