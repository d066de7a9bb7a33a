package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.hocon.Origins;
import dev.yardstick.hocon.SecretKeys;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Resolves, at start-up, every string under {@code yardstick} that starts with {@code secret:}, so a missing
 * secret fails start-up instead of a run; a setting named like a secret whose literal value is empty or blank is
 * reported too (it would switch its sink or collector off without a word). Blocks switched off
 * ({@code enabled = false}, e.g. a disabled collector or sink) are skipped: their secrets are not needed.
 */
public final class SecretScan {
    private static final String ROOT = "yardstick";

    private SecretScan() {
    }

    /**
     * Resolves every secret reference.
     *
     * @param config the resolved configuration
     * @param configuredCollectors the collector ids that are instances; other collector blocks are defaults only
     * @param resolver the resolver, which caches what it resolves
     * @return one problem per reference that cannot be resolved, with the value's origin and path
     */
    public static List<ConfigProblem> resolveAll(Config config, Set<String> configuredCollectors,
            SecretResolver resolver) {
        List<ConfigProblem> problems = new ArrayList<>();
        strings(config, configuredCollectors, SecretScan::blankSecret).forEach((path, value) -> problems.add(
                new ConfigProblem(Origins.describe(value.origin()), path, "is empty (a secret needs a value)")));
        references(config, configuredCollectors).forEach((path, value) -> {
            try {
                resolver.resolve((String) value.unwrapped());
            } catch (ConfigurationException e) {
                problems.add(new ConfigProblem(Origins.describe(value.origin()), path, e.problem()));
            }
        });
        return List.copyOf(problems);
    }

    /**
     * Finds every secret reference in the blocks that are in use.
     *
     * @param config the resolved configuration
     * @param configuredCollectors the collector ids that are instances
     * @return each reference's value by full path, in configuration order
     */
    public static Map<String, ConfigValue> references(Config config, Set<String> configuredCollectors) {
        return strings(config, configuredCollectors, (path, text) -> SecretReferences.isReference(text));
    }

    private static boolean blankSecret(String path, String text) {
        return text.isBlank() && SecretKeys.looksSecret(SecretKeys.lastKey(path));
    }

    private static Map<String, ConfigValue> strings(Config config, Set<String> configuredCollectors,
            BiPredicate<String, String> wanted) {
        Map<String, ConfigValue> found = new LinkedHashMap<>();
        if (config.hasPath(ROOT)) {
            Set<String> skipped = new HashSet<>();
            if (config.hasPath(CollectorBlocks.COLLECTORS)) {
                config.getObject(CollectorBlocks.COLLECTORS).keySet().stream()
                        .filter(id -> !configuredCollectors.contains(id))
                        .forEach(id -> skipped.add(CollectorBlocks.path(id)));
            }
            walk(ROOT, config.getValue(ROOT), skipped, wanted, found);
        }
        return found;
    }

    private static void walk(String path, ConfigValue value, Set<String> skipped, BiPredicate<String, String> wanted,
            Map<String, ConfigValue> found) {
        if (skipped.contains(path)) {
            return;
        }
        if (value instanceof ConfigObject) {
            ConfigObject object = (ConfigObject) value;
            ConfigValue enabled = object.get("enabled");
            if (enabled != null && Boolean.FALSE.equals(enabled.unwrapped())) {
                return;
            }
            for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
                walk(path + "." + ConfigUtil.joinPath(entry.getKey()), entry.getValue(), skipped, wanted, found);
            }
        } else if (value instanceof ConfigList) {
            ConfigList list = (ConfigList) value;
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), skipped, wanted, found);
            }
        } else if (value.valueType() == ConfigValueType.STRING && wanted.test(path, (String) value.unwrapped())) {
            found.put(path, value);
        }
    }
}
