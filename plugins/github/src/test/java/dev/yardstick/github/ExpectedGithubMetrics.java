package dev.yardstick.github;

import dev.yardstick.sandbox.github.CommitData;
import dev.yardstick.sandbox.github.PullData;
import dev.yardstick.sandbox.github.RepoData;
import dev.yardstick.sandbox.github.RunData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metric definitions written out again, plainly, over the simulator's data set objects: an
 * independent oracle for the collector (it shares no code with it). Omitted metrics are absent from the map.
 */
final class ExpectedGithubMetrics {
    private ExpectedGithubMetrics() {
    }

    static Map<String, Double> of(RepoData repo, Instant at) {
        Instant start = at.minus(Duration.ofDays(7));
        Map<String, Double> out = new TreeMap<>();
        pulls(repo, at, start, out);
        out.put("github.branches.active", (double) (repo.branches().size() - 1));
        commits(repo, at, start, out);
        runs(repo, at, start, out);
        return out;
    }

    private static boolean in(Instant t, Instant start, Instant at) {
        return t != null && t.compareTo(start) > 0 && t.compareTo(at) <= 0;
    }

    private static void pulls(RepoData repo, Instant at, Instant start, Map<String, Double> out) {
        int open = 0;
        int stale = 0;
        int closedUnmerged = 0;
        List<Double> hours = new ArrayList<>();
        int reviewed = 0;
        double comments = 0;
        for (PullData pull : repo.pulls()) {
            if (pull.closedAt() == null) {
                open++;
                if (pull.updatedAt().compareTo(at.minus(Duration.ofDays(14))) <= 0) {
                    stale++;
                }
            }
            if (pull.mergedAt() == null && in(pull.closedAt(), start, at)) {
                closedUnmerged++;
            }
            if (in(pull.mergedAt(), start, at)) {
                hours.add((pull.mergedAt().getEpochSecond() - pull.createdAt().getEpochSecond()) / 3600.0);
                reviewed += pull.reviewComments() > 0 ? 1 : 0;
                comments += pull.comments() + pull.reviewComments();
            }
        }
        out.put("github.prs.open", (double) open);
        out.put("github.prs.merged_7d", (double) hours.size());
        out.put("github.prs.closed_without_merge_7d", (double) closedUnmerged);
        out.put("github.prs.stale_count_14d", (double) stale);
        if (!hours.isEmpty()) {
            out.put("github.prs.avg_time_to_merge_hours", sum(hours) / hours.size());
            out.put("github.prs.cycle_time_hours", percentile(hours, 50));
            out.put("github.prs.with_review_comments_pct", 100.0 * reviewed / hours.size());
            out.put("github.prs.avg_comments_per_pr", comments / hours.size());
        }
    }

    private static void commits(RepoData repo, Instant at, Instant start, Map<String, Double> out) {
        int total = 0;
        int hotfix = 0;
        int reverts = 0;
        int force = 0;
        long added = 0;
        long deleted = 0;
        Set<String> files = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (CommitData commit : repo.commits()) {
            if (!in(commit.committedAt(), start, at)) {
                continue;
            }
            total++;
            String message = commit.message().toLowerCase(Locale.ROOT);
            hotfix += message.contains("hotfix") ? 1 : 0;
            reverts += message.contains("revert") ? 1 : 0;
            force += message.matches("(?s).*force[- ](push|merge).*") ? 1 : 0;
            added += commit.additions();
            deleted += commit.deletions();
            files.addAll(commit.files());
            people.add(commit.authorLogin() != null ? commit.authorLogin() : commit.authorEmail().toLowerCase(Locale.ROOT));
        }
        out.put("github.commits.total_7d", (double) total);
        out.put("github.commits.hotfix", (double) hotfix);
        out.put("github.commits.reverts", (double) reverts);
        out.put("github.commits.force_merge_7d", (double) force);
        out.put("github.code.lines_added_7d", (double) added);
        out.put("github.code.lines_deleted_7d", (double) deleted);
        out.put("github.code.files_changed_7d", (double) files.size());
        out.put("github.developers.active_7d", (double) people.size());
        if (!people.isEmpty()) {
            out.put("github.commits.per_developer_7d", (double) total / people.size());
        }
    }

    private static void runs(RepoData repo, Instant at, Instant start, Map<String, Double> out) {
        int total = 0;
        int failed = 0;
        int cancelled = 0;
        int flaky = 0;
        List<Double> minutes = new ArrayList<>();
        RunData latestBenchmark = null;
        RunData latestTest = null;
        for (RunData run : repo.runs()) {
            if (!in(run.createdAt(), start, at)) {
                continue;
            }
            total++;
            failed += "failure".equals(run.conclusion()) ? 1 : 0;
            cancelled += "cancelled".equals(run.conclusion()) || "timed_out".equals(run.conclusion()) ? 1 : 0;
            flaky += run.runAttempt() > 1 ? 1 : 0;
            if (!run.status().equals("completed")) {
                continue;
            }
            Instant begin = run.runStartedAt() != null ? run.runStartedAt() : run.createdAt();
            minutes.add((run.updatedAt().getEpochSecond() - begin.getEpochSecond()) / 60.0);
            if (run.headBranch().equals(repo.defaultBranch())) {
                latestTest = later(latestTest, run);
                if (run.name().toLowerCase(Locale.ROOT).contains("benchmark")) {
                    latestBenchmark = later(latestBenchmark, run);
                }
            }
        }
        out.put("github.ci.workflow_runs_7d", (double) total);
        out.put("github.ci.failed_workflows_7d", (double) failed);
        out.put("github.ci.timeout_cancellations_7d", (double) cancelled);
        out.put("github.ci.flaky_checks_7d", (double) flaky);
        if (latestBenchmark != null) {
            out.put("github.ci.benchmarks_passing", "success".equals(latestBenchmark.conclusion()) ? 1.0 : 0.0);
        }
        if (latestTest != null) {
            out.put("github.ci.tests_passing_on_main", "success".equals(latestTest.conclusion()) ? 1.0 : 0.0);
        }
        if (!minutes.isEmpty()) {
            out.put("github.ci.avg_workflow_duration_minutes", sum(minutes) / minutes.size());
            out.put("github.ci.duration_p50_minutes", percentile(minutes, 50));
        }
        if (minutes.size() >= 10) {
            out.put("github.ci.duration_p90_minutes", percentile(minutes, 90));
            out.put("github.ci.duration_p99_minutes", percentile(minutes, 99));
        }
    }

    private static RunData later(RunData current, RunData candidate) {
        if (current == null) {
            return candidate;
        }
        int order = candidate.createdAt().compareTo(current.createdAt());
        return order > 0 || (order == 0 && candidate.id() > current.id()) ? candidate : current;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double rank = p / 100 * (sorted.size() - 1);
        int below = (int) rank;
        if (below + 1 >= sorted.size()) {
            return sorted.get(below);
        }
        return sorted.get(below) + (rank - below) * (sorted.get(below + 1) - sorted.get(below));
    }

    private static double sum(List<Double> values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
