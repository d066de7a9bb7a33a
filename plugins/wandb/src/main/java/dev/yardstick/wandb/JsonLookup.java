package dev.yardstick.wandb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;

/**
 * Finds numbers in a run's summary or config. A key is tried as an exact key first (W&B keys contain {@code /}
 * and {@code .}), then split on {@code /} as a path into nested objects. Config values W&B wraps as
 * {@code {"value": …, "desc": …}} are unwrapped at every level. Anything but a finite number (strings,
 * {@code NaN}, infinities, booleans, objects, arrays, null) counts as absent.
 */
final class JsonLookup {
    private JsonLookup() {
    }

    static OptionalDouble summaryNumber(JsonNode summary, String key) {
        return number(find(summary, key, false));
    }

    static OptionalDouble configNumber(JsonNode config, String key) {
        return number(find(config, key, true));
    }

    private static JsonNode find(JsonNode root, String key, boolean unwrap) {
        JsonNode exact = root.path(key);
        if (!exact.isMissingNode()) {
            return unwrap ? unwrap(exact) : exact;
        }
        JsonNode node = root;
        for (String segment : key.split("/", -1)) {
            node = (unwrap ? unwrap(node) : node).path(segment);
            if (node.isMissingNode()) {
                return node;
            }
        }
        return unwrap ? unwrap(node) : node;
    }

    private static JsonNode unwrap(JsonNode node) {
        return node.isObject() && node.has("value") ? node.get("value") : node;
    }

    private static OptionalDouble number(JsonNode node) {
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            return OptionalDouble.of(node.doubleValue());
        }
        return OptionalDouble.empty();
    }
}
