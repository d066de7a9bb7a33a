package dev.yardstick.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.skypilot.SkypilotAuth;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotExpectedMetrics;
import dev.yardstick.sandbox.skypilot.SkypilotJobData;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator.JobsShape;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator.RequestIdStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every metric from the simulated API server, compared with values computed independently from its data set. */
class SkypilotCollectorSimulatorTest {
    private SkypilotTestbed testbed;

    @BeforeEach
    void start() {
        testbed = SkypilotTestbed.standard();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @ParameterizedTest(name = "at reference − {0}h")
    @CsvSource({"0", "13", "170"})
    void everyMetricMatchesTheIndependentCalculation(long hoursBefore) throws InterruptedException {
        Instant at = SkypilotTestbed.AT.minus(Duration.ofHours(hoursBefore));
        CollectResult result;
        try (Collector collector = testbed.collector("")) {
            result = testbed.collect(collector, at);
        }
        assertEquals(List.of(), result.failures());
        SkypilotTestbed.assertMatch(SkypilotExpectedMetrics.of(testbed.skypilot.dataSet(), at),
                SkypilotTestbed.aggregates(result.points(), at));
    }

    @Test
    void theDefaultsGiveThe31NamesAndTheDataSetExercisesEveryCase() throws InterruptedException {
        CollectResult result = testbed.collectOnce("");
        Map<String, Double> values = SkypilotTestbed.aggregates(result.points(), SkypilotTestbed.AT);
        assertEquals(31, values.size(), values.keySet().toString());
        assertEquals(31, result.points().size());
        assertEquals(Set.copyOf(new SkypilotCollectorFactory().metrics().stream().map(m -> m.name())
                .filter(name -> !name.startsWith("skypilot.job.")).toList()), values.keySet());
        for (String count : List.of("queued", "running", "succeeded", "failed", "cancelled", "failed_7d")) {
            assertTrue(values.get("skypilot.jobs." + count) > 0, count + " is exercised");
        }
        Set<String> statuses = testbed.skypilot.dataSet().jobs().stream().map(SkypilotJobData::status)
                .collect(Collectors.toSet());
        assertTrue(statuses.containsAll(Set.of("RECOVERING", "STARTING", "FAILED_SETUP", "FAILED_NO_RESOURCE",
                "CANCELLING", "PAUSED")), statuses.toString());
        assertTrue(values.get("skypilot.regions.other") > 0 && values.get("skypilot.resources.spot_jobs") > 0);
        assertTrue(testbed.lastContext.logger().lines().stream().anyMatch(line -> line.contains("PAUSED")),
                "a status in no group is logged");
    }

    @ParameterizedTest(name = "jobs result as a {0}")
    @EnumSource(JobsShape.class)
    void bothShapesOfTheJobsResultGiveTheSameValues(JobsShape shape) throws InterruptedException {
        testbed.skypilot.jobsShape(shape);
        CollectResult result = testbed.collectOnce("");
        assertEquals(List.of(), result.failures());
        SkypilotTestbed.assertMatch(SkypilotExpectedMetrics.of(testbed.skypilot.dataSet(), SkypilotTestbed.AT),
                SkypilotTestbed.aggregates(result.points(), SkypilotTestbed.AT));
    }

    @Test
    void aServerWithoutQueueV2IsAskedOnTheLegacyPath() throws InterruptedException {
        testbed.skypilot.legacyQueueOnly(true);
        CollectResult result = testbed.collectOnce("");
        assertEquals(List.of(), result.failures());
        SkypilotTestbed.assertMatch(SkypilotExpectedMetrics.of(testbed.skypilot.dataSet(), SkypilotTestbed.AT),
                SkypilotTestbed.aggregates(result.points(), SkypilotTestbed.AT));
        List<String> posts = testbed.skypilot.requests().stream().filter(r -> r.method().equals("POST"))
                .map(ReceivedRequest::path).sorted().toList();
        assertEquals(List.of("/jobs/queue", "/jobs/queue/v2", "/status"), posts);
    }

    @ParameterizedTest(name = "request id in {0}")
    @EnumSource(RequestIdStyle.class)
    void theRequestIdIsReadFromEitherHeaderOrTheBody(RequestIdStyle style) throws InterruptedException {
        testbed.skypilot.requestIdStyle(style);
        CollectResult result = testbed.collectOnce("");
        assertEquals(List.of(), result.failures());
        assertEquals(31, result.points().size());
    }

    @Test
    void theRequestsCarryTheDocumentedBodiesAndTheBearerToken() throws InterruptedException {
        testbed.collectOnce("");
        ReceivedRequest status = testbed.skypilot.requests("/status").get(0);
        assertEquals(Map.of("cluster_names", "null", "refresh", "false", "all_users", "true"), fields(status));
        ReceivedRequest queue = testbed.skypilot.requests("/jobs/queue/v2").get(0);
        assertEquals(Map.of("refresh", "false", "skip_finished", "false", "all_users", "true"), fields(queue));
        testbed.skypilot.requests().forEach(request -> assertEquals("Bearer " + SkypilotTestbed.TOKEN,
                request.header("Authorization").orElse(""), request.toString()));
    }

    @Test
    void basicAuthWrittenInTheUrlIsSentAndNeverShown() throws InterruptedException {
        try (SkypilotTestbed basic = new SkypilotTestbed(SkypilotDataSet.standard(),
                SkypilotAuth.basic("ops", "p@ss:w0rd-xyz"))) {
            String url = basic.skypilot.baseUrl().replace("http://", "http://ops:p%40ss%3Aw0rd-xyz@");
            CollectResult result;
            try (Collector collector = basic.collector("token = null\napi-url = \"" + url + "\"")) {
                result = basic.collect(collector, SkypilotTestbed.AT);
            }
            assertEquals(List.of(), result.failures());
            assertEquals(31, result.points().size());
            String shown = result + basic.lastContext.logger().lines().toString();
            assertFalse(shown.contains("w0rd") || shown.contains("p%40ss"), shown);
        }
    }

    @Test
    void perJobMetricsMatchTheIndependentCalculationForTheNewestJobs() throws InterruptedException {
        CollectResult result = testbed.collectOnce("per-job-metrics = true\nmax-jobs = 150");
        assertEquals(List.of(), result.failures());
        Map<String, Double> actual = ExpectedPerJobMetrics.actual(result.points());
        Map<String, Double> expected = ExpectedPerJobMetrics.of(testbed.skypilot.dataSet(), SkypilotTestbed.AT, 150);
        SkypilotTestbed.assertMatch(expected, actual);
        assertEquals(150, result.points().stream().filter(point -> point.tags().get("job_id").isPresent())
                .map(point -> point.tags().get("job_id").orElseThrow()).distinct().count());
    }

    private static Map<String, String> fields(ReceivedRequest request) {
        return dev.yardstick.sandbox.core.Json.parse(request.bodyText()).properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().asText()));
    }
}
