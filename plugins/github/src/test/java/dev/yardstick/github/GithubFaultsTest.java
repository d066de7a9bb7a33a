package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.github.GithubDataSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries, rate limits, malformed answers, bad tokens and deadlines, each failing only what it must. */
class GithubFaultsTest {
    private static final Instant AT = GithubDataSet.DEFAULT_REFERENCE;
    private static final String DOCS = "acme/docs";
    private GithubTestbed testbed;

    @BeforeEach
    void start() {
        testbed = GithubTestbed.standard();
    }

    @AfterEach
    void stop() {
        testbed.close();
    }

    @Test
    void a502OnOnePageIsRetriedAndChangesNothing() throws InterruptedException {
        testbed.github.faultOnce(request -> request.path().endsWith("/pulls")
                && request.queryParameter("state").equals(Optional.of("closed")), FaultResponse.of(502));
        CollectResult result = testbed.collectOnce(List.of("acme/widgets"), AT);
        assertEquals(List.of(), result.failures());
        assertEquals(1, testbed.github.served().stream().filter(answer -> answer.status() == 502).count());
        GithubCollectorSimulatorTest.assertMetricsMatch(expected("acme/widgets"), values(result, "acme/widgets"),
                "acme/widgets");
    }

    @Test
    void serverErrorsAfterEveryRetryFailThatSectionAsUpstreamUnavailable() throws InterruptedException {
        for (int attempt = 0; attempt < 4; attempt++) {
            testbed.github.faultOnce("/branches", FaultResponse.of(503));
        }
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(Map.of("branches", FailureKind.UPSTREAM_UNAVAILABLE), kinds(result));
        assertSectionsEmitted(result, Set.of("prs", "commits", "code", "ci"), Set.of("branches"));
    }

    @Test
    void aSecondaryLimitWithAShortRetryAfterIsWaitedOutByTheHost() throws InterruptedException {
        testbed.github.secondaryLimit(1, 30);
        Instant before = testbed.clock.instant();
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(List.of(), result.failures());
        assertTrue(!testbed.clock.instant().isBefore(before.plusSeconds(30)), "the host waited on the fake clock");
    }

    @Test
    void aSecondaryLimitBeyondTheWaitCapDefersThatSectionToTheNextRun() throws InterruptedException {
        testbed.github.secondaryLimit(1, 600);
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(Map.of("prs", FailureKind.RATE_LIMITED), kinds(result));
        assertEquals(1, testbed.github.served().stream().filter(answer -> answer.status() == 403).count(),
                "asked once, never hammered");
        assertSectionsEmitted(result, Set.of("branches", "commits", "code", "ci"), Set.of("prs"));
    }

    @Test
    void aMalformedBodyFailsThatSectionOnly() throws InterruptedException {
        testbed.github.malformedOnce("/branches");
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(Map.of("branches", FailureKind.BAD_RESPONSE), kinds(result));
        assertSectionsEmitted(result, Set.of("prs", "commits", "code", "ci"), Set.of("branches"));
    }

    @Test
    void theRateLimitFloorStopsCollectionAndReportsRateLimited() throws InterruptedException {
        testbed.github.rateBudget().set(5000, 105);
        CollectResult result;
        try (Collector collector = testbed.collector(List.of(DOCS, "acme/widgets"), "rate-limit-floor = 100")) {
            result = testbed.collect(collector, AT);
        }
        assertEquals(6, testbed.github.requestCount(), "stops once x-ratelimit-remaining reads 99");
        assertFalse(result.failures().isEmpty());
        result.failures().forEach(failure -> assertEquals(FailureKind.RATE_LIMITED, failure.kind(), failure.message()));
        Set<String> failedDocs = result.failures().stream().filter(failure -> failure.message().startsWith(DOCS))
                .map(CollectFailure::section).collect(Collectors.toSet());
        assertTrue(result.points().stream().noneMatch(point -> point.tags().get("repo").orElseThrow().equals(DOCS)
                && failedDocs.contains(section(point.name()))), "failed sections emit nothing");
    }

    @Test
    void aRejectedTokenFailsEverySectionAsAuth() throws InterruptedException {
        CollectResult result;
        try (Collector collector = testbed.collector(List.of(DOCS), "token = \"not-the-token\"")) {
            result = testbed.collect(collector, AT);
        }
        assertEquals(List.of(), result.points());
        assertEquals(Map.of("prs", FailureKind.AUTH, "branches", FailureKind.AUTH, "commits", FailureKind.AUTH,
                "code", FailureKind.AUTH, "ci", FailureKind.AUTH), kinds(result));
        assertFalse(result.toString().contains("not-the-token"), "the token never appears in failures");
    }

    @Test
    void theRunStaysWithinItsTimeout() throws InterruptedException {
        Duration timeout = Duration.ofSeconds(10);
        CollectResult result;
        Instant start = testbed.clock.instant();
        try (Collector collector = testbed.collector(List.of("acme/widgets"), "", http -> request -> {
            testbed.clock.advance(Duration.ofSeconds(1));
            return http.send(request);
        })) {
            result = testbed.collect(collector, AT, timeout);
        }
        assertTrue(kinds(result).containsValue(FailureKind.TIMEOUT), result.failures().toString());
        assertTrue(testbed.github.requestCount() <= 10, "no request starts after the deadline");
        assertTrue(!testbed.clock.instant().isAfter(start.plus(timeout)), "returned by the deadline");
    }

    @Test
    void moreThanOneThousandRunsInTheWindowAreAllCountedBySlicingTheCreatedRange() throws InterruptedException {
        CollectResult result = testbed.collectOnce(List.of("acme/platform"), AT);
        double runs = values(result, "acme/platform").get(GithubMetrics.CI_RUNS);
        assertEquals(expected("acme/platform").get(GithubMetrics.CI_RUNS), runs);
        assertTrue(runs > 1000, "the platform repository has " + runs + " runs in the week");
        long slices = testbed.github.requests("/repos/acme/platform/actions/runs").stream()
                .map(request -> request.queryParameter("created").orElseThrow()).distinct().count();
        assertTrue(slices >= 3, "the capped range and at least two slices were queried: " + slices);
    }

    @Test
    void anEmptyRepositoryHasZeroCommitsNotAFailure() throws InterruptedException {
        FaultResponse empty = FaultResponse.of(409).withBody(
                "{\"message\":\"Git Repository is empty.\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        testbed.github.faultOnce(request -> request.path().equals("/repos/" + DOCS + "/commits"), empty);
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(List.of(), result.failures());
        Map<String, Double> values = values(result, DOCS);
        for (String metric : List.of(GithubMetrics.COMMITS_TOTAL, GithubMetrics.COMMITS_HOTFIX,
                GithubMetrics.COMMITS_REVERTS, GithubMetrics.COMMITS_FORCE_MERGE, GithubMetrics.DEVELOPERS_ACTIVE,
                GithubMetrics.CODE_LINES_ADDED, GithubMetrics.CODE_LINES_DELETED, GithubMetrics.CODE_FILES_CHANGED)) {
            assertEquals(0.0, values.get(metric), metric);
        }
        assertEquals(1, testbed.github.served().stream().filter(answer -> answer.status() == 409).count());
    }

    @Test
    void aSecondaryLimitWithoutRetryAfterIsARateLimitNotARejectedToken() throws InterruptedException {
        testbed.github.faultOnce(request -> request.path().endsWith("/pulls"), FaultResponse.of(403).withBody(
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try "
                        + "again.\"}"));
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(Map.of("prs", FailureKind.RATE_LIMITED), kinds(result));
        assertTrue(result.failures().get(0).message().contains("exceeded a secondary rate limit"),
                result.failures().get(0).message());
        assertSectionsEmitted(result, Set.of("branches", "commits", "code", "ci"), Set.of("prs"));
    }

    @Test
    void gitHubsOwnMessageIsShownInTheFailure() throws InterruptedException {
        testbed.github.faultOnce("/branches", FaultResponse.of(403).withBody(
                "{\"message\":\"Resource not accessible by personal access token\"}"));
        CollectResult result = testbed.collectOnce(List.of(DOCS), AT);
        assertEquals(Map.of("branches", FailureKind.AUTH), kinds(result));
        assertTrue(result.failures().get(0).message().contains("\"Resource not accessible by personal access token\""),
                result.failures().get(0).message());
    }

    private Map<String, Double> expected(String repo) {
        return ExpectedGithubMetrics.of(testbed.github.dataSet().repo(repo), AT);
    }

    private static Map<String, Double> values(CollectResult result, String repo) {
        return GithubCollectorSimulatorTest.pointsOf(result.points(), repo, AT);
    }

    private static Map<String, FailureKind> kinds(CollectResult result) {
        return result.failures().stream().collect(Collectors.toMap(CollectFailure::section, CollectFailure::kind));
    }

    private static void assertSectionsEmitted(CollectResult result, Set<String> emitting, Set<String> silent) {
        Set<String> sections = result.points().stream().map(point -> section(point.name())).collect(Collectors.toSet());
        assertTrue(sections.containsAll(emitting), "emitting sections: " + sections);
        silent.forEach(section -> assertFalse(sections.contains(section), section + " emitted points"));
    }

    /** The section a metric belongs to (developers are part of the commits section). */
    static String section(String metric) {
        String group = metric.split("\\.")[1];
        return group.equals("developers") ? "commits" : group;
    }
}
