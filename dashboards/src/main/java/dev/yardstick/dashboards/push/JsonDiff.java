package dev.yardstick.dashboards.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compiled JSON against live JSON: every key of the code is compared, and every key present live but absent
 * from the code is drift (a marker or query added in the UI), except the server-managed fields of
 * {@link ServerManagedFields}. Arrays compare by position, numbers numerically, monitor names/messages/queries
 * with surrounding whitespace trimmed, and {@code metric alert} equals {@code query alert}.
 */
public final class JsonDiff {
    private static final Set<String> TRIMMED = Set.of("name", "message", "query");

    private JsonDiff() {
    }

    /**
     * Compares compiled JSON with live JSON.
     *
     * @param desired what the code says
     * @param live what Datadog has
     * @return the differences, in document order
     */
    public static List<Change> diff(JsonNode desired, JsonNode live) {
        List<Change> out = new ArrayList<>();
        compare("", desired, live, out);
        return out;
    }

    /**
     * A live dashboard or monitor as code would write it: read-only fields and widget ids removed.
     *
     * @param live the JSON from the API
     * @return a cleaned deep copy
     */
    public static JsonNode canonical(JsonNode live) {
        JsonNode copy = live.deepCopy();
        if (copy instanceof ObjectNode o) {
            ServerManagedFields.TOP_LEVEL.forEach(o::remove);
            removeWidgetIds(o.path("widgets"));
        }
        return copy;
    }

    private static void removeWidgetIds(JsonNode widgets) {
        for (JsonNode w : widgets) {
            if (w instanceof ObjectNode o) {
                o.remove("id");
                removeWidgetIds(o.path("definition").path("widgets"));
            }
        }
    }

    private static void compare(String path, JsonNode desired, JsonNode live, List<Change> out) {
        if (live == null || live.isMissingNode()) {
            out.add(new Change(path, null, desired));
        } else if (desired.isObject() && live.isObject()) {
            for (Iterator<String> it = desired.fieldNames(); it.hasNext();) {
                String field = it.next();
                compare(path.isEmpty() ? field : path + "." + field, desired.get(field), live.get(field), out);
            }
            for (Iterator<String> it = live.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!desired.has(field) && !ServerManagedFields.ignored(path, field, live.get(field))) {
                    out.add(new Change(path.isEmpty() ? field : path + "." + field, live.get(field), null));
                }
            }
        } else if (desired.isArray() && live.isArray()) {
            int n = Math.max(desired.size(), live.size());
            for (int i = 0; i < n; i++) {
                String p = path + "[" + i + "]";
                if (i >= desired.size()) {
                    out.add(new Change(p, live.get(i), null));
                } else {
                    compare(p, desired.get(i), live.get(i), out);
                }
            }
        } else if (!scalarEqual(path, desired, live)) {
            out.add(new Change(path, live, desired));
        }
    }

    private static boolean scalarEqual(String path, JsonNode desired, JsonNode live) {
        if (desired.isNumber() && live.isNumber()) {
            return desired.decimalValue().compareTo(live.decimalValue()) == 0;
        }
        if (desired.isTextual() && live.isTextual()) {
            String field = path.substring(path.lastIndexOf('.') + 1);
            String d = TRIMMED.contains(field) ? desired.asText().strip() : desired.asText();
            String l = TRIMMED.contains(field) ? live.asText().strip() : live.asText();
            return d.equals(l) || "type".equals(path) && alertType(d).equals(alertType(l));
        }
        return desired.equals(live);
    }

    private static String alertType(String type) {
        return "metric alert".equals(type) ? "query alert" : type;
    }
}
