package dev.yardstick.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.skypilot.RequestFault;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator.Section;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pending, expired, failed and busy requests, each failing only its own section. */
class SkypilotFaultsTest {
    private static final int CLUSTER_METRICS = 1;
    private static final int JOB_METRICS = 30;
    private SkypilotTestbed testbed;

    @BeforeEach
    void start() {
        testbed = SkypilotTestbed.standard();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @ParameterizedTest(name = "{0} request pending forever")
    @EnumSource(Section.class)
    void aRequestThatNeverFinishesTimesOutIsCancelledAndTheOtherSectionEmits(Section section)
            throws InterruptedException {
        testbed.skypilot.requestFault(section, RequestFault.PENDING_FOREVER);
        Duration deadline = Duration.ofMillis(1500);
        long started = System.nanoTime();
        CollectResult result = testbed.collectOnce("request-deadline = 1500ms");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String name = section == Section.CLUSTERS ? "clusters" : "jobs";
        assertEquals(Map.of(name, FailureKind.TIMEOUT), kinds(result));
        assertEquals(section == Section.CLUSTERS ? JOB_METRICS : CLUSTER_METRICS, result.points().size());
        assertTrue(took.compareTo(deadline.plusSeconds(10)) < 0, "returned soon after request-deadline: " + took);
        assertEquals(testbed.skypilot.requestIds(section), testbed.skypilot.cancelledRequestIds(),
                "the pending request, and only it, is cancelled");
    }

    @Test
    void anExpiredRequestStartsItsSectionOverOnce() throws InterruptedException {
        testbed.skypilot.requestFault(Section.JOBS, RequestFault.EXPIRED);
        CollectResult result = testbed.collectOnce("");
        assertEquals(List.of(), result.failures());
        assertEquals(CLUSTER_METRICS + JOB_METRICS, result.points().size());
        assertEquals(2, testbed.skypilot.requests("/jobs/queue/v2").size());
    }

    @Test
    void aRequestThatExpiresTwiceFailsItsSection() throws InterruptedException {
        testbed.skypilot.requestFault(Section.CLUSTERS, RequestFault.EXPIRED)
                .requestFault(Section.CLUSTERS, RequestFault.EXPIRED);
        CollectResult result = testbed.collectOnce("");
        assertEquals(Map.of("clusters", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertTrue(result.failures().get(0).message().contains("expired"), result.failures().toString());
        assertEquals(2, testbed.skypilot.requests("/status").size(), "started over once, not more");
        assertEquals(JOB_METRICS, result.points().size());
    }

    @Test
    void aServerErrorOnApiGetFailsTheSectionWithTheServersMessage() throws InterruptedException {
        testbed.skypilot.requestFault(Section.CLUSTERS, RequestFault.SERVER_ERROR);
        CollectResult result = testbed.collectOnce("");
        assertEquals(Map.of("clusters", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertTrue(result.failures().get(0).message().contains("HTTP 500")
                && result.failures().get(0).message().contains("Managed jobs controller is not up"),
                result.failures().toString());
        assertEquals(JOB_METRICS, result.points().size());
    }

    @Test
    void aFailedRequestFailsTheSectionWithItsDecodedError() throws InterruptedException {
        testbed.skypilot.requestFault(Section.JOBS, RequestFault.FAILED);
        CollectResult result = testbed.collectOnce("");
        assertEquals(Map.of("jobs", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertTrue(result.failures().get(0).message().contains(
                "failed on the server: ClusterNotUpError: Managed jobs controller is not up"),
                result.failures().toString());
        assertEquals(CLUSTER_METRICS, result.points().size());
    }

    @Test
    void busyAnswersAreRetriedWithinTheDeadline() throws InterruptedException {
        testbed.skypilot.faults().statusSequence("/status", 503, 503, 503, 503, 503);
        testbed.skypilot.faults().statusSequence("/api/get", 503, 503);
        CollectResult result = testbed.collectOnce("");
        assertEquals(List.of(), result.failures());
        assertEquals(CLUSTER_METRICS + JOB_METRICS, result.points().size());
        assertEquals(6, testbed.skypilot.requests("/status").size(), "five busy answers, then the request");
    }

    @Test
    void aServerBusyUntilTheDeadlineFailsBothSections() throws InterruptedException {
        testbed.skypilot.faults().down();
        CollectResult result = testbed.collectOnce("request-deadline = 30s");
        assertEquals(Map.of("clusters", FailureKind.UPSTREAM_UNAVAILABLE, "jobs", FailureKind.UPSTREAM_UNAVAILABLE),
                kinds(result));
        assertTrue(result.failures().get(0).message().contains("HTTP 503"), result.failures().toString());
        assertEquals(List.of(), result.points());
    }

    @Test
    void aServerErrorWhenSchedulingFailsOnlyThatSection() throws InterruptedException {
        testbed.skypilot.faults().statusSequence("/jobs/queue/v2", FaultResponse.of(500).withBody(
                "{\"detail\":\"database is locked\"}"), FaultResponse.of(500).withBody(
                "{\"detail\":\"database is locked\"}"), FaultResponse.of(500).withBody(
                "{\"detail\":\"database is locked\"}"), FaultResponse.of(500).withBody(
                "{\"detail\":\"database is locked\"}"));
        CollectResult result = testbed.collectOnce("");
        assertEquals(Map.of("jobs", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertTrue(result.failures().get(0).message().endsWith("HTTP 500: database is locked"),
                result.failures().toString());
        assertEquals(CLUSTER_METRICS, result.points().size());
    }

    @Test
    void aRejectedTokenFailsBothSectionsAsAuthWithoutShowingIt() throws InterruptedException {
        CollectResult result;
        try (Collector collector = testbed.collector("token = \"wrong-token-777\"")) {
            result = testbed.collect(collector, SkypilotTestbed.AT);
        }
        assertEquals(Map.of("clusters", FailureKind.AUTH, "jobs", FailureKind.AUTH), kinds(result));
        assertFalse((result + testbed.lastContext.logger().lines().toString()).contains("wrong-token-777"));
    }

    @Test
    void aMalformedReturnValueIsABadResponse() throws InterruptedException {
        testbed.skypilot.faults().statusSequence("/api/get", FaultResponse.of(200).withBody(
                "{\"status\":\"SUCCEEDED\",\"return_value\":\"[{\\\"name\\\": \",\"error\":null}"));
        CollectResult result = testbed.collectOnce("");
        assertEquals(1, result.failures().size(), result.failures().toString());
        assertEquals(FailureKind.BAD_RESPONSE, result.failures().get(0).kind());
        assertTrue(result.failures().get(0).message().contains("return_value"), result.failures().toString());
    }

    private static Map<String, FailureKind> kinds(CollectResult result) {
        return result.failures().stream().collect(Collectors.toMap(CollectFailure::section, CollectFailure::kind));
    }
}
