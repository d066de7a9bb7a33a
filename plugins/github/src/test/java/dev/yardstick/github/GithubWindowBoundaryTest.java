package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.github.CommitData;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.PullData;
import dev.yardstick.sandbox.github.RepoData;
import dev.yardstick.sandbox.github.RunData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-made repository whose events sit exactly on the window's edges: at − 7d is out, at is in. */
class GithubWindowBoundaryTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant EDGE = AT.minus(Duration.ofDays(7));
    private static final Instant JUST_IN = EDGE.plusSeconds(1);

    @Test
    void eventsAtTheWindowStartAreOutAndEventsAtTheEvaluationInstantAreIn() throws InterruptedException {
        RepoData repo = edgeRepo();
        GithubDataSet data = new GithubDataSet(AT, List.of(repo));
        try (GithubTestbed testbed = new GithubTestbed(data)) {
            CollectResult result = testbed.collectOnce(List.of("edge/cases"), AT);
            assertEquals(List.of(), result.failures());
            Map<String, Double> actual = GithubCollectorSimulatorTest.pointsOf(result.points(), "edge/cases", AT);
            GithubCollectorSimulatorTest.assertMetricsMatch(ExpectedGithubMetrics.of(repo, AT), actual, "edge/cases");
            assertEquals(2.0, actual.get(GithubMetrics.PRS_MERGED), "merged at `at` and just after the edge");
            assertEquals(1.0, actual.get(GithubMetrics.PRS_CLOSED_WITHOUT_MERGE));
            assertEquals(1.0, actual.get(GithubMetrics.PRS_STALE), "updated exactly 14 days ago is stale");
            assertEquals(2.0, actual.get(GithubMetrics.COMMITS_TOTAL));
            assertEquals(2.0, actual.get(GithubMetrics.CI_RUNS));
            assertEquals(0.0, actual.get(GithubMetrics.CI_TESTS_PASSING), "the run at `at` is the latest");
            assertEquals(1, testbed.github.requests().stream()
                    .filter(request -> "closed".equals(request.queryParameter("state").orElse(""))).count(),
                    "closed PRs stop paging once updated_at leaves the window");
        }
    }

    private static RepoData edgeRepo() {
        List<PullData> pulls = new ArrayList<>();
        pulls.add(new PullData(1, "merged at edge", "a", EDGE.minusSeconds(3600), EDGE, EDGE, EDGE, 1, 0));
        pulls.add(new PullData(2, "merged at at", "a", AT.minusSeconds(7200), AT, AT, AT, 2, 1));
        pulls.add(new PullData(3, "merged just in", "b", EDGE.minusSeconds(60), JUST_IN, JUST_IN, JUST_IN, 0, 3));
        pulls.add(new PullData(4, "closed at edge", "b", EDGE.minusSeconds(60), EDGE, EDGE, null, 0, 0));
        pulls.add(new PullData(5, "closed at at", "b", EDGE, AT, AT, null, 0, 0));
        pulls.add(new PullData(6, "stale", "c", AT.minus(Duration.ofDays(30)), AT.minus(Duration.ofDays(14)), null, null, 0, 0));
        pulls.add(new PullData(7, "fresh", "c", AT.minus(Duration.ofDays(30)),
                AT.minus(Duration.ofDays(14)).plusSeconds(1), null, null, 0, 0));
        for (int i = 0; i < 150; i++) {
            Instant old = EDGE.minus(Duration.ofDays(10)).minusSeconds(i * 60L);
            pulls.add(new PullData(100 + i, "old " + i, "d", old.minusSeconds(3600), old, old, old, 0, 0));
        }
        List<CommitData> commits = List.of(
                new CommitData("a".repeat(40), "x", "x", "x@example.com", "at edge", EDGE, 1, 1, List.of("a")),
                new CommitData("b".repeat(40), null, "y", "Y@Example.com", "hotfix at at", AT, 2, 0, List.of("b")),
                new CommitData("c".repeat(40), "x", "x", "x@example.com", "just in", JUST_IN, 3, 4, List.of("b", "c")));
        List<RunData> runs = List.of(
                new RunData(1, "Tests", "main", "completed", "success", EDGE, EDGE.plusSeconds(60), EDGE, 1),
                new RunData(2, "Tests", "main", "completed", "success", JUST_IN, JUST_IN.plusSeconds(120), null, 1),
                new RunData(3, "Tests", "main", "completed", "failure", AT, AT, AT, 2));
        return new RepoData("edge", "cases", "main", List.of("main", "dev"), pulls, commits, runs);
    }
}
