package dev.yardstick.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.query.ParsedQuery;
import dev.yardstick.dashboards.query.QueryParser;
import dev.yardstick.dashboards.query.QuerySyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural lint of a compiled monitor: required fields, type, priority range, the query's threshold
 * equal to {@code options.thresholds.critical}, warning on the right side, no-data options, identity tag
 * and a notification handle in the message.
 */
final class MonitorLinter {
    private static final Set<String> TYPES = Set.of("composite", "event alert", "log alert", "metric alert", "process alert",
            "query alert", "rum alert", "service check", "synthetics alert", "trace-analytics alert", "slo alert",
            "event-v2 alert", "audit alert", "ci-pipelines alert", "ci-tests alert", "error-tracking alert",
            "database-monitoring alert", "network-performance alert", "cost alert", "data-quality alert");
    private static final Pattern HANDLE = Pattern.compile("(^|\\s)@[A-Za-z0-9_.+-]+(@[A-Za-z0-9_.-]+)?");

    void lint(Findings f) {
        JsonNode m = f.artifact().body();
        for (String field : List.of("name", "type", "query", "message")) {
            if (!m.path(field).isTextual() || m.path(field).asText().isBlank()) {
                f.error("required-field", field, null, "monitor has no '" + field + "'");
            }
        }
        String type = m.path("type").asText();
        if (!TYPES.contains(type)) {
            f.error("enum", "type", type, "monitor type '" + type + "' is not a Datadog monitor type");
        }
        if (m.has("priority") && (!m.get("priority").isIntegralNumber() || m.get("priority").asInt() < 1 || m.get("priority").asInt() > 5)) {
            f.error("priority", "priority", "priority", "priority must be 1 (high) to 5 (low), got " + m.get("priority"));
        }
        thresholds(f, m);
        JsonNode options = m.path("options");
        if (options.has("no_data_timeframe") && options.has("on_missing_data")) {
            f.error("no-data", "options", "no_data_timeframe", "no_data_timeframe cannot be combined with on_missing_data");
        }
        if (options.path("notify_no_data").asBoolean(false) && !options.has("no_data_timeframe") && !options.has("on_missing_data")) {
            f.warning("no-data", "options", "notifyNoData", "notify_no_data without no_data_timeframe uses Datadog's default of twice the window");
        }
        String keyTag = "yardstick-key:" + f.artifact().key();
        boolean tagged = false;
        for (JsonNode t : m.path("tags")) {
            tagged |= keyTag.equals(t.asText());
        }
        if (!tagged) {
            f.error("identity", "tags", null, "monitor lacks the identity tag " + keyTag);
        }
        if (m.path("message").isTextual() && !HANDLE.matcher(m.path("message").asText()).find()) {
            f.error("notification", "message", "message", "message names no notification handle (@slack-…, @pagerduty-…, @team@example.com)");
        }
    }

    private static void thresholds(Findings f, JsonNode m) {
        if (!"query alert".equals(m.path("type").asText()) && !"metric alert".equals(m.path("type").asText())) {
            return;
        }
        ParsedQuery.MonitorParts q;
        try {
            q = QueryParser.monitor(m.path("query").asText()).monitor().orElseThrow();
        } catch (QuerySyntaxException e) {
            f.error("monitor-syntax", "query", e.token(), "metricQuery", e.getMessage());
            return;
        }
        JsonNode t = m.path("options").path("thresholds");
        if (!t.has("critical")) {
            f.error("threshold", "options.thresholds", "critical", "options.thresholds.critical is missing");
            return;
        }
        double critical = t.get("critical").asDouble();
        if (Double.compare(q.threshold(), critical) != 0) {
            f.error("threshold", "options.thresholds.critical", "critical", "query threshold " + q.thresholdText()
                    + " differs from options.thresholds.critical " + t.get("critical"));
        }
        if (t.has("warning")) {
            double warning = t.get("warning").asDouble();
            boolean above = q.comparator().startsWith(">");
            if (above ? warning >= critical : warning <= critical) {
                f.error("threshold", "options.thresholds.warning", "warning", "warning " + t.get("warning")
                        + " must be " + (above ? "below" : "above") + " critical " + t.get("critical") + " for comparator " + q.comparator());
            }
        }
        JsonNode options = m.path("options");
        if (options.has("no_data_timeframe") && options.get("no_data_timeframe").asLong() < 2 * q.windowMinutes()) {
            f.error("no-data-window", "options.no_data_timeframe", q.evaluation(), "noDataMinutes", "no_data_timeframe "
                    + options.get("no_data_timeframe").asLong() + " min must be at least twice the " + q.windowMinutes()
                    + "-minute evaluation window (" + q.evaluation() + ")");
        }
    }
}
