package dev.yardstick.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the metric names a dashboard's metric queries or a monitor's query name, with their JSON paths. */
public final class MetricNames {
    /** {@code aggregation:metric.name{} }: the metric is what sits between the colon and the brace. */
    private static final Pattern METRIC = Pattern.compile("[a-z_0-9]+:([A-Za-z][A-Za-z0-9_.]*)\\s*\\{");

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
            scan(artifact.body().path("query").asText(), "query", out);
        } else {
            walk(artifact.body(), "", out);
        }
        return out;
    }

    private static void walk(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            if ("metrics".equals(node.path("data_source").asText()) && node.path("query").isTextual()) {
                scan(node.get("query").asText(), path + ".query", out);
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void scan(String query, String path, Map<String, String> out) {
        Matcher m = METRIC.matcher(query);
        while (m.find()) {
            out.putIfAbsent(m.group(1), path);
        }
    }
}
