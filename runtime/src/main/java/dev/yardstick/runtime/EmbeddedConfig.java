package dev.yardstick.runtime;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.StartupException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link Yardstick.Builder} does to configuration given in code: turns a typesafe {@code Config}, a map or
 * HOCON text into {@code --set} overrides (the highest layer, one per setting so problems name the key), resolves
 * relative file paths against the working directory, and keeps embedded instances quiet.
 */
final class EmbeddedConfig {
    /** Sink settings that name a file or directory, below {@code yardstick.sinks.NAME}. */
    private static final List<String> SINK_PATHS = List.of("path", "spool.path");
    private static final String HTTP_CACHE_PATH = "http.cache.path";
    /** Sinks an embedded instance leaves off unless configured: it has no console, and keeps no local outbox. */
    private static final List<String> LOUD_SINKS = List.of("console", "outbox");

    private EmbeddedConfig() {
    }

    /** Every setting of the configuration as a {@code path=value} override, the value in HOCON. */
    static List<String> toSets(Config config) {
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : config.resolve().entrySet()) {
            sets.add(entry.getKey() + "=" + entry.getValue().render(ConfigRenderOptions.concise()));
        }
        return sets;
    }

    static Config parseMap(Map<String, ?> settings) {
        try {
            return ConfigFactory.parseMap(settings, "settings map");
        } catch (ConfigException e) {
            throw new StartupException(List.of(new ConfigProblem("settings map", "", e.getMessage())));
        }
    }

    static Config parseHocon(String text) {
        try {
            return ConfigFactory.parseString(text,
                    ConfigParseOptions.defaults().setOriginDescription("HOCON text"))
                    .resolve();
        } catch (ConfigException e) {
            throw new StartupException(List.of(new ConfigProblem(e.origin() == null ? "HOCON text"
                    : e.origin().description(), "", e.getMessage())));
        }
    }

    /**
     * Makes every relative file path of the sinks and the HTTP cache absolute, against the working directory.
     *
     * @param yardstick the {@code yardstick} block
     * @param workingDir the configured working directory
     * @return the block with absolute paths
     */
    static Config resolvePaths(Config yardstick, Path workingDir) {
        Config resolved = resolvePath(yardstick, HTTP_CACHE_PATH, workingDir);
        if (resolved.hasPath("sinks") && resolved.getValue("sinks") instanceof ConfigObject) {
            for (String sink : resolved.getObject("sinks").keySet()) {
                for (String key : SINK_PATHS) {
                    resolved = resolvePath(resolved, "sinks." + quoted(sink) + "." + key, workingDir);
                }
            }
        }
        return resolved;
    }

    private static Config resolvePath(Config config, String path, Path workingDir) {
        if (!config.hasPath(path) || config.getValue(path).valueType() != ConfigValueType.STRING) {
            return config;
        }
        ConfigValue value = config.getValue(path);
        Path file = Path.of(config.getString(path));
        if (file.isAbsolute()) {
            return config;
        }
        return config.withValue(path, ConfigValueFactory.fromAnyRef(workingDir.resolve(file).normalize().toString())
                .withOrigin(value.origin()));
    }

    /**
     * Turns off the console and outbox sinks whose {@code enabled} nobody configured (it comes from a
     * {@code reference.conf}): a service embedding Yardstick prints no table and writes no files it did not ask
     * for.
     *
     * @param yardstick the {@code yardstick} block
     * @return the block with those sinks disabled
     */
    static Config quiet(Config yardstick) {
        Config quiet = yardstick;
        for (String sink : LOUD_SINKS) {
            String path = "sinks." + sink + ".enabled";
            if (quiet.hasPath(path) && fromReference(quiet.getValue(path))) {
                quiet = quiet.withValue(path, ConfigValueFactory.fromAnyRef(false, "embedded default"));
            }
        }
        return quiet;
    }

    private static boolean fromReference(ConfigValue value) {
        String resource = value.origin().resource();
        String description = value.origin().description();
        return resource != null && resource.endsWith("reference.conf")
                || description != null && description.contains("reference.conf");
    }

    private static String quoted(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    }
}
