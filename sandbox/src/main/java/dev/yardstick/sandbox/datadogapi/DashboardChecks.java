package dev.yardstick.sandbox.datadogapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dashboard checks the simulated service applies, and the widget ids it assigns. */
final class DashboardChecks {
    static final Set<String> READ_ONLY = Set.of("id", "url", "author_handle", "author_name", "created_at", "modified_at");

    private DashboardChecks() {
    }

    static List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (!body.path("title").isTextual()) {
            problems.add("Dashboard title is required");
        }
        String layout = body.path("layout_type").asText();
        if (!"ordered".equals(layout) && !"free".equals(layout)) {
            problems.add("layout_type must be 'ordered' or 'free'");
        }
        if (!body.path("widgets").isArray()) {
            problems.add("widgets is required");
        }
        int i = 0;
        for (JsonNode w : body.path("widgets")) {
            if (!w.path("definition").path("type").isTextual()) {
                problems.add("Invalid widget definition at position " + i + ": type is required");
            }
            if ("fixed".equals(body.path("reflow_type").asText()) && !w.has("layout")) {
                problems.add("Widget at position " + i + " needs a layout when reflow_type is fixed");
            }
            i++;
        }
        return problems;
    }

    static void addWidgetIds(JsonNode widgets, long[] counter) {
        for (JsonNode w : widgets) {
            ((ObjectNode) w).put("id", counter[0]++ * 7919L + 1000003L);
            addWidgetIds(w.path("definition").path("widgets"), counter);
        }
    }
}
