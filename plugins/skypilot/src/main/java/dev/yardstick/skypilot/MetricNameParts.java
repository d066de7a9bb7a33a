package dev.yardstick.skypilot;

import dev.yardstick.api.config.CollectorConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured GPU types and regions, which become parts of metric names: validated at start-up so that every
 * name they produce is a valid, distinct Datadog metric name.
 */
final class MetricNameParts {
    private static final Pattern GPU_TYPE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern NAME_PART = Pattern.compile("[a-z0-9][a-z0-9_]*");

    private MetricNameParts() {
    }

    static boolean isGpuType(String type) {
        return GPU_TYPE.matcher(type).matches();
    }

    /** The metric-name form of a GPU type or region: {@code -} becomes {@code _}. */
    static String namePart(String value) {
        return value.replace('-', '_');
    }

    static List<String> gpuTypes(CollectorConfig config, String key) {
        List<String> types = config.getStringList(key);
        Set<String> names = new HashSet<>();
        for (String type : types) {
            if (!isGpuType(type)) {
                throw config.invalid(key, "type '" + type + "' must be lower case letters, digits, '_' or '-', "
                        + "e.g. a100 (it matches A100 and A100-80GB)");
            }
            if (!names.add(namePart(type)) || namePart(type).equals("total")) {
                throw config.invalid(key, "type '" + type + "' is listed twice or clashes with another metric name");
            }
        }
        return types;
    }

    static List<String> regions(CollectorConfig config, String key) {
        List<String> regions = config.getStringList(key);
        Set<String> names = new HashSet<>();
        for (String region : regions) {
            String part = namePart(region);
            if (!NAME_PART.matcher(part).matches()) {
                throw config.invalid(key, "region '" + region + "' must be lower case letters, digits, '_' or '-', "
                        + "e.g. us-east-1");
            }
            if (!names.add(part) || part.equals("other")) {
                throw config.invalid(key, "region '" + region + "' is listed twice or clashes with "
                        + "skypilot.regions.other");
            }
        }
        return regions;
    }
}
