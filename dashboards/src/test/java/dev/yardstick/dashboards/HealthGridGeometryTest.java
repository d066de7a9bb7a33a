package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.ArtifactKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The System Health Rollup's exact 7x7 geometry (65 widgets) and its 11-row detail twin from the same function. */
class HealthGridGeometryTest {
    private final JsonNode dashboard = Projects.compileRepository()
            .find(ArtifactKind.DASHBOARD, "system-health-rollup").orElseThrow().body();
    private final JsonNode detail = Projects.compileRepository()
            .find(ArtifactKind.DASHBOARD, "system-health-rollup-detail").orElseThrow().body();

    @Test
    void detailGridHasElevenRowsOfTheMissingScoresWithTheirTemplateVariables() {
        JsonNode widgets = detail.get("widgets");
        assertEquals(2 + 7 + 8 * 11, widgets.size());
        assertEquals("System Health Rollup — Training and CI detail", detail.get("title").asText());
        List<String> metrics = new ArrayList<>();
        for (int r = 0; r < 11; r++) {
            String query = widgets.get(9 + 8 * r + 1).at("/definition/requests/0/queries/0/query").asText();
            metrics.add(query);
        }
        assertEquals(List.of(
                "min:health.ci.benchmarks_passing.fom{$env,$repo}", "min:health.ci.force_merge_count.fom{$env,$repo}",
                "min:health.ci.timeout_cancellations.fom{$env,$repo}", "min:health.ci.flaky_checks.fom{$env,$repo}",
                "min:health.training.run_success.fom{$env,$project}", "min:health.training.run_failures.fom{$env,$project}",
                "min:health.training.best_accuracy.fom{$env,$project}", "min:health.training.avg_accuracy.fom{$env,$project}",
                "min:health.training.latest_loss.fom{$env,$project}", "min:health.training.gpu_utilization.fom{$env,$project}",
                "min:health.training.duration.fom{$env,$project}"), metrics);
        List<String> variables = new ArrayList<>();
        detail.get("template_variables").forEach(v -> variables.add(v.get("name").asText()));
        assertEquals(List.of("env", "repo", "project"), variables);
        assertEquals(dashboard.at("/widgets/16/definition/requests/0/conditional_formats"),
                detail.at("/widgets/16/definition/requests/0/conditional_formats"), "same colours");
    }

    @Test
    void everyCellOfBothGridsTakesTheWorstSeries() {
        for (JsonNode grid : List.of(dashboard, detail)) {
            grid.get("widgets").forEach(w -> {
                if ("query_value".equals(w.at("/definition/type").asText())) {
                    assertTrue(w.at("/definition/requests/0/queries/0/query").asText().startsWith("min:"), w::toString);
                }
            });
        }
    }

    @Test
    void hasSixtyFiveWidgetsAtTheirExactPositions() {
        JsonNode widgets = dashboard.get("widgets");
        assertEquals(65, widgets.size());
        List<String> expected = new ArrayList<>(List.of("0,0,10,1", "0,1,3,1"));
        for (int c = 0; c < 7; c++) {
            expected.add((3 + c) + ",1,1,1");
        }
        for (int r = 0; r < 7; r++) {
            expected.add("0," + (2 + 2 * r) + ",3,2");
            for (int c = 0; c < 7; c++) {
                expected.add((3 + c) + "," + (2 + 2 * r) + ",1,2");
            }
        }
        assertEquals(expected, JsonnetSnippets.layouts(widgets));
    }

    @Test
    void dayHeadersRunOldestToToday() {
        List<String> headers = new ArrayList<>();
        for (int i = 2; i < 9; i++) {
            headers.add(dashboard.get("widgets").get(i).at("/definition/content").asText());
        }
        assertEquals(List.of("**-6d**", "**-5d**", "**-4d**", "**-3d**", "**-2d**", "**-1d**", "**Today**"), headers);
    }

    @Test
    void cellsTimeshiftByColumnAndColourByThreshold() {
        JsonNode firstRow = dashboard.get("widgets");
        JsonNode oldest = firstRow.get(10).get("definition");
        JsonNode today = firstRow.get(16).get("definition");
        assertEquals("min:health.ci.tests_passing.fom{$env,$repo}", oldest.at("/requests/0/queries/0/query").asText());
        assertEquals("timeshift(query1, -518400)", oldest.at("/requests/0/formulas/0/formula").asText());
        assertEquals("last", oldest.at("/requests/0/queries/0/aggregator").asText());
        assertEquals("min:health.ci.tests_passing.fom{$env,$repo}", today.at("/requests/0/queries/0/query").asText());
        assertEquals("query1", today.at("/requests/0/formulas/0/formula").asText());
        JsonNode formats = today.at("/requests/0/conditional_formats");
        assertEquals("[{\"comparator\":\">=\",\"value\":0.7,\"palette\":\"white_on_green\"},"
                + "{\"comparator\":\">=\",\"value\":0.3,\"palette\":\"white_on_yellow\"},"
                + "{\"comparator\":\"<\",\"value\":0.3,\"palette\":\"white_on_red\"}]", formats.toString());
        assertFalse(today.get("autoscale").asBoolean());
        assertEquals(2, today.get("precision").asInt());
    }

    @Test
    void notesHaveNoTitleFields() {
        dashboard.get("widgets").forEach(w -> {
            if ("note".equals(w.at("/definition/type").asText())) {
                assertFalse(w.get("definition").has("title"));
            }
        });
    }
}
