package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves, at start-up, every string under {@code yardstick} that starts with {@code secret:}, so a missing
 * secret fails start-up instead of a run. Blocks switched off ({@code enabled = false}, e.g. a disabled
 * collector or sink) are skipped: their secrets are not needed.
 */
public final class SecretScan {
    private static final String ROOT = "yardstick";

    private SecretScan() {
    }

    /**
     * Resolves every secret reference.
     *
     * @param config the resolved configuration
     * @param resolver the resolver, which caches what it resolves
     * @return one problem per reference that cannot be resolved, with the value's origin and path
     */
    public static List<ConfigProblem> resolveAll(Config config, SecretResolver resolver) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.hasPath(ROOT)) {
            walk(ROOT, config.getValue(ROOT), resolver, problems);
        }
        return List.copyOf(problems);
    }

    private static void walk(String path, ConfigValue value, SecretResolver resolver, List<ConfigProblem> problems) {
        if (value instanceof ConfigObject) {
            ConfigObject object = (ConfigObject) value;
            ConfigValue enabled = object.get("enabled");
            if (enabled != null && Boolean.FALSE.equals(enabled.unwrapped())) {
                return;
            }
            for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
                walk(path + "." + ConfigUtil.joinPath(entry.getKey()), entry.getValue(), resolver, problems);
            }
        } else if (value instanceof ConfigList) {
            ConfigList list = (ConfigList) value;
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), resolver, problems);
            }
        } else if (value.valueType() == ConfigValueType.STRING
                && SecretReferences.isReference((String) value.unwrapped())) {
            try {
                resolver.resolve((String) value.unwrapped());
            } catch (ConfigurationException e) {
                problems.add(new ConfigProblem(Origins.describe(value.origin()), path, e.getMessage()));
            }
        }
    }
}
