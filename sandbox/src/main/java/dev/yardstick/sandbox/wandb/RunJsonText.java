package dev.yardstick.sandbox.wandb;

import dev.yardstick.sandbox.core.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JSON text of a run's {@code summaryMetrics} or {@code config} the way W&B's Python side writes it:
 * non-finite numbers as the bare literals {@code NaN} and {@code Infinity}, which strict JSON parsers reject.
 */
final class RunJsonText {
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets a top-level key (which may itself contain {@code /} and {@code .}). */
    RunJsonText put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Sets {@code value} at {@code outer → inner}, as a nested object. */
    @SuppressWarnings("unchecked")
    RunJsonText putNested(String outer, String inner, Object value) {
        Object existing = values.computeIfAbsent(outer, key -> new LinkedHashMap<String, Object>());
        ((Map<String, Object>) existing).put(inner, value);
        return this;
    }

    /** A config value as W&B stores it: {@code {"value": v, "desc": null}}. */
    static Map<String, Object> wrapped(Object value) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("value", value);
        wrapper.put("desc", null);
        return wrapper;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        write(values, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof RunJsonText nested) {
            write(nested.values, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ", ").append(Json.text(entry.getKey())).append(": ");
                write(entry.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            out.append(number.isNaN() ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
        } else {
            out.append(Json.text(value));
        }
    }
}
