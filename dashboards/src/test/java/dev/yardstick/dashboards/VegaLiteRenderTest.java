package dev.yardstick.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Vega-Lite specification the dashboards generate compiles with the real vega-lite and renders with the
 * real vega under Node; the health grid renders its 49 cells with the colour each value's threshold asks for.
 */
class VegaLiteRenderTest {
    private static final String RED = "#dc3545";
    private static final String YELLOW = "#ffc107";
    private static final String GREEN = "#28a745";
    private static final Pattern CELL = Pattern.compile("aria-roledescription=\"rect mark\"[^>]*fill=\"(#[0-9a-f]{6})\"");

    @Test
    void everyGeneratedSpecCompilesAndRendersAndTheGridColoursEachCellByThreshold() {
        List<Wildcard> wildcards = new ArrayList<>();
        for (CompiledArtifact a : Projects.compileRepository().of(ArtifactKind.DASHBOARD)) {
            collect(a.key(), a.body().path("widgets"), wildcards);
        }
        assertTrue(wildcards.stream().anyMatch(w -> w.name().startsWith("system-health-rollup-wildcard")), wildcards::toString);
        ArrayNode input = Json.MAPPER.createArrayNode();
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (Wildcard w : wildcards) {
            ObjectNode row = Json.MAPPER.createObjectNode();
            Map<String, BigDecimal> byField = new HashMap<>();
            for (int i = 0; i < w.fields().size(); i++) {
                BigDecimal v = value(i);
                row.put(w.fields().get(i), v);
                byField.put(w.fields().get(i), v);
            }
            values.put(w.name(), byField);
            ObjectNode entry = input.addObject();
            entry.put("name", w.name());
            entry.set("spec", w.spec());
            entry.putObject("data").putArray("table1").add(row);
        }
        ExternalTools.Result run = ExternalTools.run(List.of("node", ExternalTools.vegaRenderer().toString()),
                input.toString(), Projects.REPO.resolve("dashboards/target"));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode results = Json.parse(run.out());
        assertEquals(wildcards.size(), results.size());
        for (JsonNode result : results) {
            assertFalse(result.has("error"), () -> result.get("name").asText() + ": " + result.path("error").asText());
            assertTrue(result.get("svg").asText().startsWith("<svg"), result.get("name")::asText);
        }
        JsonNode grid = results.get(names(wildcards).indexOf("system-health-rollup-wildcard/0"));
        Map<String, BigDecimal> gridValues = values.get("system-health-rollup-wildcard/0");
        assertEquals(49, grid.get("marks").size());
        Map<String, Integer> expectedCounts = new HashMap<>();
        for (JsonNode mark : grid.get("marks")) {
            String field = mark.at("/datum/metric_day").asText();
            BigDecimal value = gridValues.get(field);
            String expected = colour(value);
            assertEquals(expected, mark.get("fill").asText(), field + " = " + value);
            assertEquals(value.doubleValue(), mark.at("/datum/value").asDouble(), field);
            expectedCounts.merge(expected, 1, Integer::sum);
        }
        assertEquals(3, expectedCounts.size(), "the values cover all three colours: " + expectedCounts);
        Map<String, Integer> svgCounts = new HashMap<>();
        Matcher cells = CELL.matcher(grid.get("svg").asText());
        while (cells.find()) {
            svgCounts.merge(cells.group(1), 1, Integer::sum);
        }
        assertEquals(expectedCounts, svgCounts, "the SVG draws the 49 cells in those colours");
    }

    /** Threshold colours, computed here independently of the spec: red below 0.3, yellow below 0.7, else green. */
    private static String colour(BigDecimal value) {
        if (value.compareTo(new BigDecimal("0.3")) < 0) {
            return RED;
        }
        return value.compareTo(new BigDecimal("0.7")) < 0 ? YELLOW : GREEN;
    }

    /** Values that hit both boundaries exactly and spread over [0, 1]. */
    private static BigDecimal value(int i) {
        List<String> boundaries = List.of("0.3", "0.7", "0.29", "0.69", "0", "1");
        return i < boundaries.size() ? new BigDecimal(boundaries.get(i)) : BigDecimal.valueOf((i * 37L) % 101, 2);
    }

    private static List<String> names(List<Wildcard> wildcards) {
        return wildcards.stream().map(Wildcard::name).toList();
    }

    private static void collect(String key, JsonNode widgets, List<Wildcard> out) {
        for (JsonNode widget : widgets) {
            JsonNode d = widget.path("definition");
            if ("wildcard".equals(d.path("type").asText()) && "vega-lite".equals(d.at("/specification/type").asText())) {
                List<String> fields = new ArrayList<>();
                JsonNode request = d.path("requests").path(0);
                request.path("formulas").forEach(f -> fields.add(f.has("alias") ? f.get("alias").asText() : f.get("formula").asText()));
                out.add(new Wildcard(key + "/" + out.stream().filter(w -> w.name().startsWith(key + "/")).count(),
                        d.at("/specification/contents"), fields));
            }
            collect(key, d.path("widgets"), out);
        }
    }

    private record Wildcard(String name, JsonNode spec, List<String> fields) {
    }
}
