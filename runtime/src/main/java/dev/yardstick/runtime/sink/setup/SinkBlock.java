package dev.yardstick.runtime.sink.setup;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.runtime.sink.ConsoleSinkSettings;
import dev.yardstick.runtime.sink.JsonlSinkSettings;
import dev.yardstick.runtime.sink.SinkEnablement;
import dev.yardstick.runtime.sink.SpoolSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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

    SinkEnablement enablement() {
        String value = string("enabled").toLowerCase(Locale.ROOT);
        switch (value) {
            case "true":
            case "yes":
            case "on":
                return SinkEnablement.TRUE;
            case "false":
            case "no":
            case "off":
                return SinkEnablement.FALSE;
            case "auto":
                return SinkEnablement.AUTO;
            default:
                throw new ConfigurationException(path("enabled"), "must be true, false or auto, got '" + value + "'");
        }
    }

    ConsoleSinkSettings console(String name) {
        return new ConsoleSinkSettings(name, enablement(), stringSet("environments"));
    }

    JsonlSinkSettings jsonl(String name) {
        return new JsonlSinkSettings(name, enablement(), stringSet("environments"), filePath("path"));
    }

    SpoolSettings spool() {
        return new SpoolSettings(filePath("path"), duration("max-age"), bytes("max-bytes"));
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
