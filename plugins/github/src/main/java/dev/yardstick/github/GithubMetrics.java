package dev.yardstick.github;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the 28 metrics the GitHub collector emits, every one a gauge tagged {@code repo}. The
 * window of the {@code _7d} metrics is {@code at − 7d < t ≤ at}.
 */
public final class GithubMetrics {
    /** The tag key naming the repository, {@code owner/name}. */
    public static final String REPO_TAG = "repo";

    public static final String PRS_OPEN = "github.prs.open";
    public static final String PRS_MERGED = "github.prs.merged_7d";
    public static final String PRS_CLOSED_WITHOUT_MERGE = "github.prs.closed_without_merge_7d";
    public static final String PRS_AVG_TIME_TO_MERGE = "github.prs.avg_time_to_merge_hours";
    public static final String PRS_CYCLE_TIME = "github.prs.cycle_time_hours";
    public static final String PRS_STALE = "github.prs.stale_count_14d";
    public static final String PRS_WITH_REVIEW_COMMENTS = "github.prs.with_review_comments_pct";
    public static final String PRS_AVG_COMMENTS = "github.prs.avg_comments_per_pr";
    public static final String BRANCHES_ACTIVE = "github.branches.active";
    public static final String COMMITS_TOTAL = "github.commits.total_7d";
    public static final String COMMITS_HOTFIX = "github.commits.hotfix";
    public static final String COMMITS_REVERTS = "github.commits.reverts";
    public static final String COMMITS_FORCE_MERGE = "github.commits.force_merge_7d";
    public static final String CODE_LINES_ADDED = "github.code.lines_added_7d";
    public static final String CODE_LINES_DELETED = "github.code.lines_deleted_7d";
    public static final String CODE_FILES_CHANGED = "github.code.files_changed_7d";
    public static final String CI_RUNS = "github.ci.workflow_runs_7d";
    public static final String CI_FAILED = "github.ci.failed_workflows_7d";
    public static final String CI_TIMEOUT_CANCELLATIONS = "github.ci.timeout_cancellations_7d";
    public static final String CI_FLAKY = "github.ci.flaky_checks_7d";
    public static final String CI_BENCHMARKS_PASSING = "github.ci.benchmarks_passing";
    public static final String CI_TESTS_PASSING = "github.ci.tests_passing_on_main";
    public static final String CI_AVG_DURATION = "github.ci.avg_workflow_duration_minutes";
    public static final String CI_DURATION_P50 = "github.ci.duration_p50_minutes";
    public static final String CI_DURATION_P90 = "github.ci.duration_p90_minutes";
    public static final String CI_DURATION_P99 = "github.ci.duration_p99_minutes";
    public static final String DEVELOPERS_ACTIVE = "github.developers.active_7d";
    public static final String COMMITS_PER_DEVELOPER = "github.commits.per_developer_7d";

    private static final List<MetricDescriptor> CATALOGUE = List.of(
            gauge(PRS_OPEN, Unit.ITEM, "Pull requests whose state is open."),
            gauge(PRS_MERGED, Unit.ITEM, "Pull requests merged in the last 7 days."),
            gauge(PRS_CLOSED_WITHOUT_MERGE, Unit.ITEM, "Pull requests closed without merge in the last 7 days."),
            gauge(PRS_AVG_TIME_TO_MERGE, Unit.HOUR, "Mean of merged_at − created_at over PRs merged in the last 7 days."),
            gauge(PRS_CYCLE_TIME, Unit.HOUR, "Median (p50) of merged_at − created_at over PRs merged in the last 7 days."),
            gauge(PRS_STALE, Unit.ITEM, "Open pull requests not updated for stale-after (14 days by default)."),
            gauge(PRS_WITH_REVIEW_COMMENTS, Unit.PERCENT, "Share of the PRs merged in the last 7 days with review comments."),
            gauge(PRS_AVG_COMMENTS, Unit.NONE, "Mean of comments + review comments over PRs merged in the last 7 days."),
            gauge(BRANCHES_ACTIVE, Unit.ITEM, "Branches other than the default branch."),
            gauge(COMMITS_TOTAL, Unit.COMMIT, "Commits on the default branch with a committer date in the last 7 days."),
            gauge(COMMITS_HOTFIX, Unit.COMMIT, "Of those commits, messages matching hotfix-pattern."),
            gauge(COMMITS_REVERTS, Unit.COMMIT, "Of those commits, messages matching revert-pattern."),
            gauge(COMMITS_FORCE_MERGE, Unit.COMMIT, "Of those commits, messages matching force-merge-pattern."),
            gauge(CODE_LINES_ADDED, Unit.LINE, "Lines added by the default branch's commits of the last 7 days."),
            gauge(CODE_LINES_DELETED, Unit.LINE, "Lines deleted by the default branch's commits of the last 7 days."),
            gauge(CODE_FILES_CHANGED, Unit.FILE, "Distinct files changed by the default branch's commits of the last 7 days."),
            gauge(CI_RUNS, Unit.JOB, "Workflow runs created in the last 7 days."),
            gauge(CI_FAILED, Unit.JOB, "Of those runs, conclusion failure."),
            gauge(CI_TIMEOUT_CANCELLATIONS, Unit.JOB, "Of those runs, conclusion cancelled or timed_out."),
            gauge(CI_FLAKY, Unit.JOB, "Of those runs, run_attempt > 1 (re-runs)."),
            gauge(CI_BENCHMARKS_PASSING, Unit.NONE, "1 if the latest completed benchmark run on the default branch succeeded, else 0."),
            gauge(CI_TESTS_PASSING, Unit.NONE, "1 if the latest completed test run on the default branch succeeded, else 0."),
            gauge(CI_AVG_DURATION, Unit.MINUTE, "Mean duration of the completed workflow runs of the last 7 days."),
            gauge(CI_DURATION_P50, Unit.MINUTE, "Median duration of the completed workflow runs of the last 7 days."),
            gauge(CI_DURATION_P90, Unit.MINUTE, "90th percentile duration of those runs (needs 10 runs)."),
            gauge(CI_DURATION_P99, Unit.MINUTE, "99th percentile duration of those runs (needs 10 runs)."),
            gauge(DEVELOPERS_ACTIVE, Unit.PERSON, "Distinct authors of the default branch's commits of the last 7 days."),
            gauge(COMMITS_PER_DEVELOPER, Unit.NONE, "Commits of the last 7 days per active developer."));

    private static final Map<String, MetricDescriptor> BY_NAME =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(MetricDescriptor::name, Function.identity()));

    private GithubMetrics() {
    }

    /**
     * Returns the catalogue.
     *
     * @return the 28 descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /**
     * Returns one descriptor.
     *
     * @param name a metric name of the catalogue
     * @return the descriptor
     * @throws IllegalArgumentException if the name is not in the catalogue
     */
    public static MetricDescriptor descriptor(String name) {
        MetricDescriptor descriptor = BY_NAME.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("not a GitHub metric: " + name);
        }
        return descriptor;
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description, REPO_TAG);
    }
}
