package dev.yardstick.runtime.discovery;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import dev.yardstick.hocon.Origins;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps a plugin's {@code reference.conf} to its own settings: every key it sets must lie under
 * {@code yardstick.collectors.<type>} for a type the plugin provides. A plugin setting
 * {@code yardstick.run.deadline} would otherwise change every run of the installation without a word. The file is
 * checked as parsed, before substitutions are resolved, so a default that reads another setting
 * ({@code api-key = ${?yardstick.datadog.api-key}}) is allowed: it sets a key of its own.
 */
final class ReferenceScope {
    private static final List<String> PREFIX = List.of("yardstick", "collectors");

    private ReferenceScope() {
    }

    /**
     * Adds one problem per key the file sets outside the plugin's own blocks.
     *
     * @param reference the parsed, unresolved file
     * @param types the collector types the plugin provides
     * @param origin the plugin's jar or directory, for messages
     * @param problems where problems are added
     */
    static void check(Config reference, Set<String> types, String origin, List<PluginProblem> problems) {
        walk(reference.root(), "", 0, new TreeSet<>(types), origin, problems);
    }

    private static void walk(ConfigObject object, String path, int depth, Set<String> types, String origin,
            List<PluginProblem> problems) {
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(object).entrySet()) {
            String key = entry.getKey();
            String child = path.isEmpty() ? ConfigUtil.joinPath(key) : path + "." + ConfigUtil.joinPath(key);
            ConfigValue value = entry.getValue();
            if (depth < PREFIX.size() && PREFIX.get(depth).equals(key) && value instanceof ConfigObject) {
                walk((ConfigObject) value, child, depth + 1, types, origin, problems);
            } else if (depth < PREFIX.size() || !types.contains(key)) {
                refuse(child, value, types, origin, problems);
            }
        }
    }

    /** Names every key set under a refused one, so that the message points at the line to delete. */
    private static void refuse(String path, ConfigValue value, Set<String> types, String origin,
            List<PluginProblem> problems) {
        if (value instanceof ConfigObject && !((ConfigObject) value).isEmpty()) {
            new TreeMap<>((ConfigObject) value).forEach((key, child) ->
                    refuse(path + "." + ConfigUtil.joinPath(key), child, types, origin, problems));
            return;
        }
        problems.add(new PluginProblem(origin, "its reference.conf sets '" + path + "' ("
                + Origins.describe(value.origin()) + "); a plugin may only set keys under "
                + String.join(" or ", types.stream()
                        .map(type -> "yardstick.collectors." + ConfigUtil.joinPath(type)).toList())));
    }
}
