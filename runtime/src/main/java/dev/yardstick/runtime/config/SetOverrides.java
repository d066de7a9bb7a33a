package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import java.util.List;
import java.util.Map;

/**
 * The highest layer: {@code --set path=value} flags and {@code yardstick.*} system properties ({@code -D}).
 * A value starting with {@code [}, {@code {} or {@code "} is parsed as HOCON; any other value is a plain
 * string, which typesafe-config converts to a number, boolean or duration where the setting needs one.
 * The same rule applies to both; a {@code --set} flag wins over a system property.
 */
final class SetOverrides {

    private SetOverrides() {
    }

    static Config parse(List<String> sets, Map<String, String> systemProperties, List<ConfigProblem> problems) {
        Config overrides = ConfigFactory.empty();
        for (Map.Entry<String, String> property : systemProperties.entrySet()) {
            overrides = with(overrides, "-D" + property.getKey(), property.getKey(), property.getValue(), problems);
        }
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                problems.add(new ConfigProblem("--set " + set, "", "expected path=value"));
                continue;
            }
            String path = set.substring(0, equals).trim();
            overrides = with(overrides, "--set " + path, path, set.substring(equals + 1), problems);
        }
        return overrides;
    }

    private static Config with(Config overrides, String origin, String path, String raw,
            List<ConfigProblem> problems) {
        try {
            return overrides.withValue(path, value(origin, raw));
        } catch (ConfigException e) {
            problems.add(new ConfigProblem(origin, path, e.getMessage()));
            return overrides;
        }
    }

    private static ConfigValue value(String origin, String raw) {
        String trimmed = raw.strip();
        if (trimmed.startsWith("[") || trimmed.startsWith("{") || trimmed.startsWith("\"")) {
            return ConfigFactory.parseString("value = " + trimmed,
                    ConfigParseOptions.defaults().setOriginDescription(origin)).getValue("value");
        }
        return ConfigValueFactory.fromAnyRef(raw, origin);
    }
}
