package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upstream failures: each fails exactly the sections that need the failed listing, with a clear message. */
class WandbFaultsTest {
    private static final Instant AT = WandbDataSet.DEFAULT_REFERENCE;
    private static final String SMALL = WandbDataSet.SMALL_PROJECT;
    private WandbTestbed testbed;

    @BeforeEach
    void start() {
        testbed = WandbTestbed.standard();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void aGraphqlErrorOnTheRunningListingFailsOnlyTheActiveSection() throws InterruptedException {
        testbed.wandb.graphqlErrorOnce("running", "permission denied for project");
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(List.of(new CollectFailure("active", FailureKind.BAD_RESPONSE, "metta-research/research: "
                + "running runs: GraphQL error: permission denied for project")), result.failures());
        assertEquals(Set.of(), names(result).stream().filter(name -> name.equals("wandb.runs.active"))
                .collect(Collectors.toSet()));
        assertTrue(names(result).contains("wandb.runs.completed_7d"));
    }

    @Test
    void aGraphqlErrorOnTheWeekListingFailsTheThreeSectionsThatNeedIt() throws InterruptedException {
        testbed.wandb.graphqlErrorOnce("createdAt", "query timed out");
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(List.of("runs", "training", "metrics"), result.failures().stream().map(CollectFailure::section)
                .toList());
        assertTrue(result.failures().get(0).message().endsWith("GraphQL error: query timed out"),
                result.failures().get(0).message());
        assertEquals(Set.of("wandb.runs.active"), names(result));
    }

    @Test
    void a429IsWaitedOutForRateLimitResetSecondsThroughTheHost() throws InterruptedException {
        testbed.wandb.rateLimit().set(1000, 0);
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(List.of(), result.failures());
        assertEquals(List.of(Duration.ofSeconds(60)), testbed.clock.sleeps());
    }

    @Test
    void aPersistent429FailsItsSectionsAsRateLimited() throws InterruptedException {
        FaultResponse limited = FaultResponse.of(429).withHeader("RateLimit-Remaining", "0")
                .withHeader("RateLimit-Reset", "5");
        testbed.wandb.faults().statusSequence("/graphql", limited, limited, limited);
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(List.of(new CollectFailure("active", FailureKind.RATE_LIMITED, "metta-research/research: "
                + "running runs: HTTP 429 (rate limited; resets in 5 s; deferred to the next run)")),
                result.failures());
    }

    @Test
    void aRejectedKeyAnUnknownProjectAndThePassedDeadlineHaveTheirKinds() throws InterruptedException {
        try (Collector collector = testbed.collector("nope", "")) {
            CollectResult result = testbed.collect(collector, AT, Duration.ofMinutes(1));
            assertEquals(Set.of(FailureKind.BAD_CONFIG), kinds(result));
            assertTrue(result.failures().get(0).message().contains("project metta-research/nope does not exist"));
        }
        try (Collector collector = testbed.collector(SMALL, "api-key = wrong-key")) {
            assertEquals(Set.of(FailureKind.AUTH), kinds(testbed.collect(collector, AT, Duration.ofMinutes(1))));
        }
        try (Collector collector = testbed.collector(SMALL, "")) {
            CollectResult result = testbed.collect(collector, AT, Duration.ZERO);
            assertEquals(4, result.failures().size());
            assertEquals(Set.of(FailureKind.TIMEOUT), kinds(result));
        }
    }

    @Test
    void aClientErrorCarriesTheGraphqlMessages() throws InterruptedException {
        FaultResponse invalid = FaultResponse.of(400).withBody("{\"errors\": [{\"message\": \"Syntax Error\"}]}");
        testbed.wandb.faults().statusSequence("/graphql", invalid);
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(new CollectFailure("active", FailureKind.BAD_RESPONSE, "metta-research/research: running runs: "
                + "HTTP 400: Syntax Error"), result.failures().get(0));
        assertEquals(1, result.failures().size());
    }

    @Test
    void aCursorThatRepeatsIsABadResponseNotAnEndlessLoop() throws InterruptedException {
        String page = "{\"data\": {\"project\": {\"runs\": {\"edges\": [{\"node\": {\"name\": \"r\", \"state\": "
                + "\"running\", \"createdAt\": \"2026-11-20T11:00:00\"}, \"cursor\": \"c1\"}], \"pageInfo\": "
                + "{\"endCursor\": \"c1\", \"hasNextPage\": true}}}}}";
        FaultResponse same = new FaultResponse(200, java.util.Map.of(), java.util.Optional.of(page));
        testbed.wandb.faults().statusSequence("/graphql", same, same);
        CollectResult result = testbed.collectOnce(SMALL, AT);
        assertEquals(FailureKind.BAD_RESPONSE, result.failures().get(0).kind());
        assertTrue(result.failures().get(0).message().contains("endCursor is missing or repeated"),
                result.failures().get(0).message());
    }

    @Test
    void smallPagesFollowTheCursorsToTheSameValues() throws InterruptedException {
        CollectResult whole = testbed.collectOnce(SMALL, AT);
        testbed.wandb.reset();
        CollectResult paged = testbed.collectOnce(SMALL, AT, "page-size = 3");
        assertEquals(whole.points(), paged.points());
        int runs = testbed.wandb.dataSet().project(WandbDataSet.ENTITY, SMALL).runs().size();
        assertTrue(testbed.wandb.servedCount() > 4 && testbed.wandb.servedCount() < runs,
                "pages: " + testbed.wandb.servedCount());
    }

    private static Set<String> names(CollectResult result) {
        return result.points().stream().map(MetricPoint::name).collect(Collectors.toSet());
    }

    private static Set<FailureKind> kinds(CollectResult result) {
        return result.failures().stream().map(CollectFailure::kind).collect(Collectors.toSet());
    }
}
