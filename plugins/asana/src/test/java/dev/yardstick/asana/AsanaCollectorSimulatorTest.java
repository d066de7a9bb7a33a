package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.core.ReceivedRequest;
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

/** Every metric against the independent calculation from the simulated workspace. */
class AsanaCollectorSimulatorTest {
    private static final Instant REFERENCE = AsanaDataSet.DEFAULT_REFERENCE;
    private static AsanaTestbed testbed;

    @BeforeAll
    static void start() {
        testbed = AsanaTestbed.standard();
    }

    @AfterAll
    static void stop() {
        testbed.close();
    }

    @ParameterizedTest(name = "at reference − {0}h")
    @CsvSource({"0", "77", "500"})
    void everyMetricMatchesTheIndependentCalculation(long hoursBefore) throws InterruptedException {
        Instant at = REFERENCE.minus(Duration.ofHours(hoursBefore));
        CollectResult result = testbed.collectOnce(at);
        assertEquals(List.of(), result.failures());
        Map<String, Double> expected = ExpectedAsanaMetrics.of(testbed.asana.dataSet(), at, REFERENCE);
        assertEquals(14, expected.size());
        assertMetricsMatch(expected, values(result, at, testbed.asana.dataSet()));
    }

    @Test
    void everyListingAsksForAHundredAndPagesByTheOffsetAsanaReturned() throws InterruptedException {
        testbed.asana.clearRequests();
        testbed.collectOnce(REFERENCE);
        List<ReceivedRequest> requests = testbed.asana.requests();
        assertTrue(requests.stream().allMatch(r -> r.queryParameter("limit").orElse("").equals("100")), "limit=100");
        long firstPages = requests.stream().filter(r -> r.queryParameter("offset").isEmpty()).count();
        assertEquals(3, firstPages, "three listings, each started once");
        // projects ≈ 320 (4 pages), open bugs ≈ 1,450 (15), completed_since at − 30d ≈ 2,000 (20)
        assertTrue(requests.size() > 30 && requests.size() < 60, "requests: " + requests.size());
        assertEquals("workspace=" + AsanaDataSet.WORKSPACE_GID
                + "&archived=false&opt_fields=name,current_status_update.status_type&limit=100",
                requests.get(0).query().orElseThrow());
    }

    @Test
    void pagingAcrossHundredsOfShortPagesCountsEveryItemOnce() throws InterruptedException {
        testbed.asana.pageCap(10);
        try {
            testbed.asana.clearRequests();
            CollectResult result = testbed.collectOnce(REFERENCE);
            assertEquals(List.of(), result.failures());
            assertTrue(testbed.asana.requestCount() > 300, "pages: " + testbed.asana.requestCount());
            assertMetricsMatch(ExpectedAsanaMetrics.of(testbed.asana.dataSet(), REFERENCE, REFERENCE),
                    values(result, REFERENCE, testbed.asana.dataSet()));
        } finally {
            testbed.asana.pageCap(100);
        }
    }

    /** Same names, and values equal up to floating-point summation order. */
    static void assertMetricsMatch(Map<String, Double> expected, Map<String, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "metric names");
        expected.forEach((name, value) -> assertEquals(value, actual.get(name), 1e-9 * Math.max(1, Math.abs(value)),
                name));
    }

    /** The values of a result by metric name, checking that each is a gauge at {@code at} with the right tags. */
    static Map<String, Double> values(CollectResult result, Instant at, AsanaDataSet data) {
        Map<String, Double> values = new TreeMap<>();
        for (MetricPoint point : result.points()) {
            assertTrue(point instanceof Gauge, point.name() + " is a gauge");
            assertEquals(at, point.timestamp(), point.name() + " timestamp");
            Tags tags = point.name().startsWith("asana.projects.bugs.")
                    ? Tags.of("workspace", data.workspaceGid(), "project", data.bugsProjectGid())
                    : Tags.of("workspace", data.workspaceGid());
            assertEquals(tags, point.tags(), point.name() + " tags");
            assertEquals(null, values.put(point.name(), ((Gauge) point).value()), "one point per name");
        }
        return values;
    }
}
