package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.RepoData;
import dev.yardstick.sandbox.github.RunData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 2,500 runs on one day: GitHub lists 1,000 of them per query, the collector still counts every one. */
class GithubRunCapTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void aDayWithMoreThanOneThousandRunsIsSplitUntilEverySliceIsUnderTheCap() throws InterruptedException {
        List<RunData> runs = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Instant created = AT.minusSeconds(10 + i * 17L);
            String conclusion = i % 10 == 0 ? "failure" : i % 25 == 0 ? "timed_out" : "success";
            runs.add(new RunData(1_000_000L + i, i % 7 == 0 ? "Benchmark" : "CI", i % 3 == 0 ? "dev" : "main",
                    "completed", conclusion, created, created.plusSeconds(300 + i % 900), created.plusSeconds(5),
                    1 + i % 4 / 3));
        }
        RepoData repo = new RepoData("busy", "ci", "main", List.of("main", "dev"), List.of(), List.of(), runs);
        try (GithubTestbed testbed = new GithubTestbed(new GithubDataSet(AT, List.of(repo)))) {
            CollectResult result = testbed.collectOnce(List.of("busy/ci"), AT);
            assertEquals(List.of(), result.failures());
            Map<String, Double> actual = GithubCollectorSimulatorTest.pointsOf(result.points(), "busy/ci", AT);
            GithubCollectorSimulatorTest.assertMetricsMatch(ExpectedGithubMetrics.of(repo, AT), actual, "busy/ci");
            assertEquals(2500.0, actual.get(GithubMetrics.CI_RUNS));
            List<String> ranges = testbed.github.requests("/repos/busy/ci/actions/runs").stream()
                    .filter(request -> request.queryParameter("page").isEmpty())
                    .map(request -> request.queryParameter("created").orElseThrow()).toList();
            assertTrue(ranges.size() >= 4, "today's capped range, then at least three slices: " + ranges);
            assertTrue(testbed.github.requests("/repos/busy/ci/actions/runs").stream()
                    .map(ReceivedRequest::target).distinct().count()
                    == testbed.github.requests("/repos/busy/ci/actions/runs").size(), "no page asked twice");
        }
    }
}
