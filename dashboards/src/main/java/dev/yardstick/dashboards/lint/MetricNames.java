package dev.yardstick.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.query.ParsedQuery;
import dev.yardstick.dashboards.query.QueryParser;
import dev.yardstick.dashboards.query.QuerySyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extracts the metric names a dashboard's metric queries or a monitor's query name, with their JSON paths, through
 * the query grammar (a query that does not parse names nothing here; the syntax rule reports it).
 */
public final class MetricNames {

    private MetricNames() {
    }

    /**
     * Returns metric name → the first JSON path that names it, in order of appearance.
     *
     * @param artifact a compiled dashboard or monitor
     * @return the names and where they occur
     */
    public static Map<String, String> of(CompiledArtifact artifact) {
        Map<String, String> out = new LinkedHashMap<>();
        if (artifact.kind() == ArtifactKind.MONITOR) {
            scan(artifact.body().path("query").asText(), "query", out, true);
        } else {
            walk(artifact.body(), "", out);
        }
        return out;
    }

    private static void walk(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            if ("metrics".equals(node.path("data_source").asText()) && node.path("query").isTextual()) {
                scan(node.get("query").asText(), path + ".query", out, false);
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void scan(String query, String path, Map<String, String> out, boolean monitor) {
        try {
            ParsedQuery parsed = monitor ? QueryParser.monitor(query) : QueryParser.query(query);
            parsed.metrics().forEach(m -> out.putIfAbsent(m.name(), path));
        } catch (QuerySyntaxException e) {
            // reported by the query-syntax rule
        }
    }
}
