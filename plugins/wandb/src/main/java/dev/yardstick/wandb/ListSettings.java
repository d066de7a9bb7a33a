package dev.yardstick.wandb;

import dev.yardstick.api.config.CollectorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads the W&B collector's list settings: run-type rules, summary metrics and key lists. */
final class ListSettings {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");

    private static final Set<String> RULE_KEYS = Set.of("type", "match");
    private static final Set<String> SUMMARY_KEYS = Set.of("name", "key", "aggregate", "window", "states");

    private ListSettings() {
    }

    /** A misspelt key in a list entry would otherwise be ignored silently. */
    private static void knownKeysOnly(CollectorConfig entry, Set<String> known) {
        for (String key : entry.keys()) {
            if (!known.contains(key)) {
                throw entry.invalid(key, "unknown key (expected " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    static List<RunTypeRule> runTypes(CollectorConfig config) {
        List<RunTypeRule> rules = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (CollectorConfig entry : config.getConfigList("run-types")) {
            knownKeysOnly(entry, RULE_KEYS);
            String type = entry.getString("type");
            if (!TYPE.matcher(type).matches()) {
                throw entry.invalid("type", "'" + type + "' must match " + TYPE.pattern()
                        + " (it becomes a tag value)");
            }
            if (type.equals(RunTypeRule.OTHER)) {
                throw entry.invalid("type", "'other' is the type of runs no rule matches; it cannot have a rule");
            }
            if (!types.add(type)) {
                throw entry.invalid("type", "run type '" + type + "' has two rules; join them in one expression");
            }
            rules.add(new RunTypeRule(type, entry.getPattern("match")));
        }
        return rules;
    }

    static List<SummaryMetric> summaryMetrics(CollectorConfig config) {
        CollectorConfig defaults = config.getConfig("summary-metric-defaults");
        List<SummaryMetric> metrics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CollectorConfig entry : config.getConfigList("summary-metrics")) {
            knownKeysOnly(entry, SUMMARY_KEYS);
            String name = entry.getString("name");
            if (!METRIC.matcher(name).matches()) {
                throw entry.invalid("name", "'" + name + "' must match " + METRIC.pattern()
                        + " (the metric is wandb.metrics.<name>)");
            }
            if (!names.add(name)) {
                throw entry.invalid("name", "summary metric '" + name + "' is defined twice");
            }
            Aggregate aggregate = Aggregate.parse(entry.getString("aggregate")).orElseThrow(() ->
                    entry.invalid("aggregate", "must be latest, mean, max or min"));
            CollectorConfig windowFrom = entry.hasPath("window") ? entry : defaults;
            CollectorConfig statesFrom = entry.hasPath("states") ? entry : defaults;
            Duration window = WandbSettings.window(windowFrom, "window");
            metrics.add(new SummaryMetric(name, key(entry, "key"), aggregate, window, states(statesFrom)));
        }
        return metrics;
    }

    static List<String> keys(CollectorConfig config, String path) {
        List<String> keys = config.getStringList(path);
        for (String key : keys) {
            if (key.isBlank()) {
                throw config.invalid(path, "holds an empty key");
            }
        }
        return keys;
    }

    static String key(CollectorConfig config, String path) {
        String key = config.getString(path);
        if (key.isBlank()) {
            throw config.invalid(path, "must not be empty");
        }
        return key;
    }

    private static Set<String> states(CollectorConfig config) {
        List<String> states = keys(config, "states");
        if (states.isEmpty()) {
            throw config.invalid("states", "list at least one W&B state, e.g. [finished]");
        }
        return new LinkedHashSet<>(states);
    }

}
