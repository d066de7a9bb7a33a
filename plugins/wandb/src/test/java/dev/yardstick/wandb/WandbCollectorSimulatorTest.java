package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbProjectData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every metric of every simulated project against the independent calculation from the data set. */
class WandbCollectorSimulatorTest {
    private static WandbTestbed testbed;

    @BeforeAll
    static void start() {
        testbed = WandbTestbed.standard();
    }

    @AfterAll
    static void stop() {
        testbed.close();
    }

    @ParameterizedTest(name = "{0} at reference − {1}s")
    @CsvSource({"metta, 0", "metta, 1", "metta, 109800", "research, 0", "empty, 0"})
    void everyMetricMatchesTheIndependentCalculation(String project, long secondsBefore) throws InterruptedException {
        Instant at = WandbDataSet.DEFAULT_REFERENCE.minusSeconds(secondsBefore);
        CollectResult result = testbed.collectOnce(project, at);
        assertEquals(List.of(), result.failures());
        WandbProjectData data = testbed.wandb.dataSet().project(WandbDataSet.ENTITY, project);
        Map<String, Double> expected = ExpectedWandbMetrics.of(data, at);
        Map<String, Double> actual = pointsOf(result.points(), WandbDataSet.ENTITY + "/" + project, at);
        assertEquals(expected.keySet(), actual.keySet(), project + ": metric names");
        expected.forEach((name, value) -> assertEquals(value, actual.get(name), 1e-9 * Math.max(1, Math.abs(value)),
                project + ": " + name));
    }

    @Test
    void theBusyProjectEmitsEveryMetricAndCountsTheEdgesOfTheWindows() throws InterruptedException {
        testbed.wandb.reset();
        CollectResult result = testbed.collectOnce(WandbDataSet.MAIN_PROJECT, WandbDataSet.DEFAULT_REFERENCE);
        assertEquals(8, testbed.wandb.servedCount(), "641 runs of the week in 7 pages, 32 running runs in 1");
        Map<String, Double> values = pointsOf(result.points(), "metta-research/metta", WandbDataSet.DEFAULT_REFERENCE);
        assertEquals(6 * 5 + 3 + 6, values.size(), values.keySet().toString());
        assertTrue(values.get("wandb.runs.active|other") >= 1, "the 30-day-old running run counts as active");
        assertTrue(values.get("wandb.metrics.best_accuracy") < 999, "the run created after at is left out");
    }

    @Test
    void anEmptyProjectEmitsZeroCountsForEveryTypeAndNoAverages() throws InterruptedException {
        CollectResult result = testbed.collectOnce(WandbDataSet.EMPTY_PROJECT, WandbDataSet.DEFAULT_REFERENCE);
        Map<String, Double> values = pointsOf(result.points(), "metta-research/empty", WandbDataSet.DEFAULT_REFERENCE);
        assertEquals(31, values.size(), "30 zero counts and the GPU-hour sum: " + values.keySet());
        assertEquals(0.0, values.get("wandb.training.total_gpu_hours_24h"));
        assertTrue(values.entrySet().stream().allMatch(entry -> entry.getValue() == 0.0));
    }

    @Test
    void eachMalformedFieldIsWarnedOnceAndItsRunStillCounts() throws InterruptedException {
        Instant at = WandbDataSet.DEFAULT_REFERENCE;
        testbed.collectOnce(WandbDataSet.MAIN_PROJECT, at);
        List<String> warnings = testbed.context.logger().lines().stream().filter(line -> line.contains("WARNING"))
                .toList();
        WandbProjectData data = testbed.wandb.dataSet().project(WandbDataSet.ENTITY, WandbDataSet.MAIN_PROJECT);
        int expected = ExpectedWandbMetrics.malformedFields(data, at);
        assertTrue(expected >= 2 && expected <= ProjectCollection.MAX_WARNINGS, "malformed fields: " + expected);
        assertEquals(expected, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(line -> line.contains("run malformed-summary: summaryMetrics is not "
                + "valid JSON")), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(line -> line.contains("run malformed-config: config is not valid")));
    }

    @Test
    void eachCollectionSendsExactlyTheTwoFilteredFetches() throws InterruptedException {
        testbed.wandb.reset();
        testbed.collectOnce(WandbDataSet.SMALL_PROJECT, Instant.parse("2026-11-20T12:00:00.750Z"));
        assertEquals(List.of("{\"state\": \"running\"}", "{\"createdAt\": {\"$gte\": \"2026-11-13T12:00:00\"}}"),
                testbed.wandb.servedFilters(), "one fetch per listing, the 7-day one shared by three sections");
    }

    static Map<String, Double> pointsOf(List<MetricPoint> points, String project, Instant at) {
        Map<String, Double> values = new TreeMap<>();
        for (MetricPoint point : points) {
            assertTrue(point instanceof Gauge, point.name() + " is a gauge");
            assertEquals(at, point.timestamp(), point.name() + " timestamp");
            assertEquals(project, point.tags().get("project").orElseThrow(), point.name());
            String key = point.name() + point.tags().get("run_type").map(type -> "|" + type).orElse("");
            assertEquals(null, values.put(key, ((Gauge) point).value()), "one point per name and type: " + key);
        }
        return values;
    }
}
