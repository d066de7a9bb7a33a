package dev.yardstick.github;

import static dev.yardstick.github.GithubMetrics.CI_AVG_DURATION;
import static dev.yardstick.github.GithubMetrics.CI_BENCHMARKS_PASSING;
import static dev.yardstick.github.GithubMetrics.CI_DURATION_P50;
import static dev.yardstick.github.GithubMetrics.CI_DURATION_P90;
import static dev.yardstick.github.GithubMetrics.CI_DURATION_P99;
import static dev.yardstick.github.GithubMetrics.CI_FAILED;
import static dev.yardstick.github.GithubMetrics.CI_FLAKY;
import static dev.yardstick.github.GithubMetrics.CI_RUNS;
import static dev.yardstick.github.GithubMetrics.CI_TESTS_PASSING;
import static dev.yardstick.github.GithubMetrics.CI_TIMEOUT_CANCELLATIONS;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** The GitHub Actions metrics, computed from the workflow runs created in the window. */
final class CiMetrics {
    /** Percentiles beyond the median need at least this many durations. */
    static final int TAIL_PERCENTILE_MINIMUM = 10;
    private static final Set<String> CANCELLED = Set.of("cancelled", "timed_out");
    private static final Comparator<WorkflowRun> LATEST_FIRST =
            Comparator.comparing(WorkflowRun::createdAt).thenComparingLong(WorkflowRun::id).reversed();

    private CiMetrics() {
    }

    /**
     * Computes the CI metrics.
     *
     * @param listed runs from the listing (filtered here to the window)
     * @param window the 7-day window
     * @param defaultBranch the repository's default branch
     * @param settings the two workflow patterns
     * @return the measurements
     */
    static List<Measurement> compute(List<WorkflowRun> listed, Window window, String defaultBranch,
            GithubSettings settings) {
        List<WorkflowRun> runs = listed.stream().filter(run -> window.contains(run.createdAt())).toList();
        List<Double> minutes = runs.stream().filter(WorkflowRun::completed)
                .map(run -> Duration.between(run.startedAt(), run.updatedAt()).toMillis() / 60_000.0).toList();
        return new Measurement.Builder()
                .put(CI_RUNS, runs.size())
                .put(CI_FAILED, runs.stream().filter(run -> "failure".equals(run.conclusion())).count())
                .put(CI_TIMEOUT_CANCELLATIONS, runs.stream().filter(CiMetrics::cancelledOrTimedOut).count())
                .put(CI_FLAKY, runs.stream().filter(run -> run.runAttempt() > 1).count())
                .put(CI_BENCHMARKS_PASSING, latestPassing(runs, defaultBranch, settings.benchmarkWorkflowPattern()))
                .put(CI_TESTS_PASSING, latestPassing(runs, defaultBranch, settings.testWorkflowPattern()))
                .put(CI_AVG_DURATION, Percentiles.mean(minutes))
                .put(CI_DURATION_P50, Percentiles.percentile(minutes, 50, 1))
                .put(CI_DURATION_P90, Percentiles.percentile(minutes, 90, TAIL_PERCENTILE_MINIMUM))
                .put(CI_DURATION_P99, Percentiles.percentile(minutes, 99, TAIL_PERCENTILE_MINIMUM))
                .build();
    }

    private static boolean cancelledOrTimedOut(WorkflowRun run) {
        return run.conclusion() != null && CANCELLED.contains(run.conclusion());
    }

    /** 1 when the latest completed matching run on the branch succeeded, 0 when it did not, empty when none. */
    static OptionalDouble latestPassing(List<WorkflowRun> runs, String branch, Pattern workflow) {
        return runs.stream()
                .filter(WorkflowRun::completed)
                .filter(run -> branch.equals(run.headBranch()))
                .filter(run -> workflow.matcher(run.name()).find())
                .sorted(LATEST_FIRST)
                .findFirst()
                .map(run -> OptionalDouble.of("success".equals(run.conclusion()) ? 1 : 0))
                .orElse(OptionalDouble.empty());
    }
}
