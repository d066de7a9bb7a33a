package dev.yardstick.github;

import static dev.yardstick.github.GithubMetrics.PRS_AVG_COMMENTS;
import static dev.yardstick.github.GithubMetrics.PRS_AVG_TIME_TO_MERGE;
import static dev.yardstick.github.GithubMetrics.PRS_CLOSED_WITHOUT_MERGE;
import static dev.yardstick.github.GithubMetrics.PRS_CYCLE_TIME;
import static dev.yardstick.github.GithubMetrics.PRS_MERGED;
import static dev.yardstick.github.GithubMetrics.PRS_OPEN;
import static dev.yardstick.github.GithubMetrics.PRS_STALE;
import static dev.yardstick.github.GithubMetrics.PRS_WITH_REVIEW_COMMENTS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The pull-request metrics, computed from parsed listings and details. */
final class PullRequestMetrics {
    private static final double SECONDS_PER_HOUR = 3600.0;

    private PullRequestMetrics() {
    }

    /** The PRs merged in the window, whose details (comment counts) the collector must fetch. */
    static List<PullRequest> mergedIn(List<PullRequest> closed, Window window) {
        return closed.stream().filter(pull -> window.contains(pull.mergedAt())).toList();
    }

    /**
     * Computes the eight PR metrics.
     *
     * @param open the open PRs
     * @param closed the closed PRs (at least those updated in the window)
     * @param details comment counts by PR number, for every PR merged in the window
     * @param window the 7-day window
     * @param staleAfter the update age from which an open PR is stale
     * @return the measurements
     */
    static List<Measurement> compute(List<PullRequest> open, List<PullRequest> closed,
            Map<Integer, PullDetail> details, Window window, Duration staleAfter) {
        List<PullRequest> merged = mergedIn(closed, window);
        long closedUnmerged = closed.stream()
                .filter(pull -> pull.mergedAt() == null && window.contains(pull.closedAt())).count();
        Instant staleBefore = window.end().minus(staleAfter);
        long stale = open.stream().filter(pull -> !pull.updatedAt().isAfter(staleBefore)).count();
        List<Double> hoursToMerge = merged.stream()
                .map(pull -> Duration.between(pull.createdAt(), pull.mergedAt()).toMillis() / 1000.0 / SECONDS_PER_HOUR)
                .toList();
        List<PullDetail> mergedDetails = merged.stream().map(pull -> detailOf(details, pull)).toList();
        return new Measurement.Builder()
                .put(PRS_OPEN, open.size())
                .put(PRS_MERGED, merged.size())
                .put(PRS_CLOSED_WITHOUT_MERGE, closedUnmerged)
                .put(PRS_AVG_TIME_TO_MERGE, Percentiles.mean(hoursToMerge))
                .put(PRS_CYCLE_TIME, Percentiles.percentile(hoursToMerge, 50, 1))
                .put(PRS_STALE, stale)
                .put(PRS_WITH_REVIEW_COMMENTS, reviewedPct(mergedDetails))
                .put(PRS_AVG_COMMENTS, Percentiles.mean(mergedDetails.stream()
                        .map(detail -> (double) detail.comments() + detail.reviewComments()).toList()))
                .build();
    }

    private static OptionalDouble reviewedPct(List<PullDetail> details) {
        if (details.isEmpty()) {
            return OptionalDouble.empty();
        }
        long reviewed = details.stream().filter(detail -> detail.reviewComments() > 0).count();
        return OptionalDouble.of(100.0 * reviewed / details.size());
    }

    private static PullDetail detailOf(Map<Integer, PullDetail> details, PullRequest pull) {
        PullDetail detail = details.get(pull.number());
        if (detail == null) {
            throw new IllegalArgumentException("no detail fetched for merged pull request #" + pull.number());
        }
        return detail;
    }
}
