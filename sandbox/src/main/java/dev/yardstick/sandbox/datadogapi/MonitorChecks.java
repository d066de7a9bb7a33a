package dev.yardstick.sandbox.datadogapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The monitor checks the simulated service applies, and the defaults it adds when it stores one. */
final class MonitorChecks {
    private static final Set<String> READ_ONLY = Set.of("id", "created", "modified", "creator", "overall_state", "deleted");

    private MonitorChecks() {
    }

    static List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>();
        for (String field : List.of("name", "type", "query", "message")) {
            if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
                problems.add("The value provided for parameter '" + field + "' is invalid");
            }
        }
        if (body.has("priority") && (body.get("priority").asInt() < 1 || body.get("priority").asInt() > 5)) {
            problems.add("priority must be between 1 and 5");
        }
        return problems;
    }

    static ObjectNode serverView(JsonNode body, long id, String created) {
        ObjectNode out = Json.object();
        out.put("id", id);
        body.fields().forEachRemaining(e -> {
            if (!READ_ONLY.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        ObjectNode options = out.has("options") ? (ObjectNode) out.get("options") : out.putObject("options");
        options.put("notify_audit", options.path("notify_audit").asBoolean(false));
        options.put("new_host_delay", options.path("new_host_delay").asInt(300));
        if (options.has("thresholds")) {
            // The service echoes thresholds as floating-point numbers (10 comes back as 10.0).
            ObjectNode thresholds = (ObjectNode) options.get("thresholds");
            List<String> keys = new ArrayList<>();
            thresholds.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> thresholds.put(k, thresholds.get(k).asDouble()));
        }
        out.put("created", created);
        out.put("modified", created);
        out.put("overall_state", "OK");
        out.putObject("creator").put("handle", "yardstick@example.com");
        return out;
    }
}
