package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.core.ReceivedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expired offsets, rate limits, server errors, malformed answers, bad tokens and deadlines. */
class AsanaFaultsTest {
    private static final Instant AT = AsanaDataSet.DEFAULT_REFERENCE;
    private AsanaTestbed testbed;

    @BeforeEach
    void start() {
        testbed = AsanaTestbed.standard();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void anOffsetExpiringMidListingRestartsThatListingOnceWithoutCountingTwice() throws InterruptedException {
        testbed.asana.expireOffsetOnce(openBugsPage(6));
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(List.of(), result.failures());
        assertMatchesTheData(result);
        List<ReceivedRequest> openFirstPages = testbed.asana.requests().stream()
                .filter(r -> isOpenBugs(r) && r.queryParameter("offset").isEmpty()).toList();
        assertEquals(2, openFirstPages.size(), "the open-bug listing was restarted from its first page once");
        assertEquals(1, testbed.asana.served().stream().filter(answer -> answer.status() == 400).count());
        assertTrue(testbed.lastContext.logger().lines().stream().anyMatch(line -> line.contains("restarting")),
                testbed.lastContext.logger().lines().toString());
    }

    @Test
    void anOffsetExpiringAgainAfterTheRestartFailsOnlyTheBugSection() throws InterruptedException {
        testbed.asana.expireOffsetOnce(AsanaFaultsTest::isOpenBugs).expireOffsetOnce(AsanaFaultsTest::isOpenBugs);
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(Map.of("bugs", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertTrue(result.failures().get(0).message().contains("expired again"), result.failures().toString());
        assertEmitted(result, 4, 0);
    }

    @Test
    void a429WithRetryAfterIsWaitedOutByTheHostAndChangesNothing() throws InterruptedException {
        testbed.asana.faults().statusSequence("/tasks", FaultResponse.retryAfter(429, 30));
        Instant before = testbed.clock.instant();
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(List.of(), result.failures());
        assertFalse(testbed.clock.instant().isBefore(before.plusSeconds(30)), "the host waited on the fake clock");
        assertMatchesTheData(result);
    }

    @Test
    void theSimulatedQuotaIsHonouredAcrossAListing() throws InterruptedException {
        testbed.asana.quotaPerMinute(25);
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(List.of(), result.failures());
        assertTrue(testbed.asana.served().stream().anyMatch(answer -> answer.status() == 429), "quota reached");
        assertMatchesTheData(result);
    }

    @Test
    void aRetryAfterBeyondTheWaitCapDefersThatSectionToTheNextRun() throws InterruptedException {
        long tooLong = AsanaTestbed.WAIT_CAP.toSeconds() + 60;
        testbed.asana.faults().statusSequence("/projects", FaultResponse.retryAfter(429, tooLong));
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(Map.of("projects", FailureKind.RATE_LIMITED), kinds(result));
        assertEquals(1, testbed.asana.requests("/projects").size(), "asked once, never hammered");
        assertEmitted(result, 0, 10);
    }

    @Test
    void serverErrorsAfterEveryRetryFailTheProjectSectionOnly() throws InterruptedException {
        testbed.asana.faults().statusSequence("/projects", 503, 503, 503, 503);
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(Map.of("projects", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertEmitted(result, 0, 10);
    }

    @Test
    void aMalformedPageFailsTheBugSectionOnly() throws InterruptedException {
        testbed.asana.faults().statusSequence("/tasks", new FaultResponse(200, Map.of(),
                java.util.Optional.of("{\"data\": [")));
        CollectResult result = testbed.collectOnce(AT);
        assertEquals(Map.of("bugs", FailureKind.BAD_RESPONSE), kinds(result));
        assertEmitted(result, 4, 0);
    }

    @Test
    void anUnknownBugsProjectIsABadConfigurationOfTheBugSection() throws InterruptedException {
        CollectResult result = testbed.collectOnce("bugs-project = \"42\"", AT);
        assertEquals(Map.of("bugs", FailureKind.BAD_CONFIG), kinds(result));
        assertTrue(result.failures().get(0).message().contains("Unknown object: 42"), result.failures().toString());
        assertEmitted(result, 4, 0);
    }

    @Test
    void aRejectedTokenFailsBothSectionsAsAuthWithoutShowingIt() throws InterruptedException {
        CollectResult result;
        try (Collector collector = testbed.collector("token = \"not-the-token\"")) {
            result = testbed.collect(collector, AT, AsanaTestbed.TIMEOUT);
        }
        assertEquals(Map.of("projects", FailureKind.AUTH, "bugs", FailureKind.AUTH), kinds(result));
        assertEquals(List.of(), result.points());
        assertFalse(result.toString().contains("not-the-token"), "the token never appears in failures");
    }

    @Test
    void requestsStopAtTheDeadlineAndTheFinishedSectionStillEmits() throws InterruptedException {
        Instant start = testbed.clock.instant();
        UnaryOperator<HttpService> threeSecondsEach = http -> request -> {
            testbed.clock.advance(Duration.ofSeconds(3));
            return http.send(request);
        };
        CollectResult result;
        try (Collector collector = testbed.collector("", threeSecondsEach)) {
            result = testbed.collect(collector, AT, Duration.ofSeconds(30));
        }
        assertEquals(Map.of("bugs", FailureKind.TIMEOUT), kinds(result));
        assertEmitted(result, 4, 0);
        assertTrue(testbed.asana.requestCount() < 10, "nothing is sent after the deadline");
        assertFalse(testbed.clock.instant().isAfter(start.plusSeconds(30)), "returned by the deadline");
    }

    private void assertMatchesTheData(CollectResult result) {
        AsanaCollectorSimulatorTest.assertMetricsMatch(ExpectedAsanaMetrics.of(testbed.asana.dataSet(), AT, AT),
                AsanaCollectorSimulatorTest.values(result, AT, testbed.asana.dataSet()));
    }

    private static boolean isOpenBugs(ReceivedRequest request) {
        return request.path().equals("/tasks") && "now".equals(request.queryParameter("completed_since").orElse(""));
    }

    /** The {@code n}-th page (counting from 1) of the open-bug listing that carries an offset, i.e. page n + 1. */
    private static Predicate<ReceivedRequest> openBugsPage(int n) {
        AtomicInteger seen = new AtomicInteger();
        return request -> isOpenBugs(request) && seen.incrementAndGet() == n;
    }

    private static Map<String, FailureKind> kinds(CollectResult result) {
        return result.failures().stream().collect(Collectors.toMap(CollectFailure::section, CollectFailure::kind));
    }

    private static void assertEmitted(CollectResult result, int projectPoints, int bugPoints) {
        long bugs = result.points().stream().filter(p -> p.name().startsWith("asana.projects.bugs.")).count();
        assertEquals(bugPoints, bugs, "bug points");
        assertEquals(projectPoints, result.points().size() - bugs, "project points");
    }
}
