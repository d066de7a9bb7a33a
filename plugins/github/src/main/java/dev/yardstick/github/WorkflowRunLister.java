package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists every workflow run created in a range despite GitHub's cap of 1,000 results per filtered listing:
 * a slice whose {@code total_count} reaches the cap is split into smaller {@code created} ranges, again and
 * again, until each slice is under the cap. Runs are deduplicated by id.
 *
 * <p>The range is first cut at UTC midnights, so the slices of whole past days keep the same URL from one
 * run to the next and are answered by 304s (free of rate-limit budget); only the two partial days at the
 * ends of the window cost a fresh listing.
 */
final class WorkflowRunLister {
    /** GitHub returns at most this many runs for a listing filtered by {@code created}. */
    static final long CAP = 1000;
    /** Runs aimed at per slice when splitting, leaving headroom under the cap for uneven slices. */
    private static final long TARGET_PER_SLICE = 800;
    private static final int MAX_SLICES = 1000;

    private final RepoFetcher fetcher;

    WorkflowRunLister(RepoFetcher fetcher) {
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
    }

    /** Runs created from {@code from} to {@code to}, both inclusive, at one-second resolution. */
    List<WorkflowRun> list(Instant from, Instant to) throws GithubApiException, InterruptedException {
        Map<Long, WorkflowRun> byId = new LinkedHashMap<>();
        Deque<Instant[]> slices = new ArrayDeque<>();
        List<Instant[]> days = byUtcDay(seconds(from), seconds(to));
        for (int i = days.size() - 1; i >= 0; i--) {
            slices.push(days.get(i));
        }
        int queried = 0;
        while (!slices.isEmpty()) {
            Instant[] slice = slices.pop();
            if (++queried > MAX_SLICES) {
                throw new GithubApiException(FailureKind.BAD_RESPONSE, "workflow runs: more than " + MAX_SLICES
                        + " created-range slices needed");
            }
            GithubClient.Page first = fetcher.runsFirstPage(slice[0], slice[1]);
            long total = GithubJson.totalCount(first.body());
            if (total >= CAP) {
                split(slice[0], slice[1], total).forEach(slices::push);
                continue;
            }
            List<WorkflowRun> runs = new ArrayList<>(GithubJson.workflowRuns(first.body()));
            fetcher.runsRemainingPages(first, runs);
            runs.forEach(run -> byId.putIfAbsent(run.id(), run));
        }
        return List.copyOf(byId.values());
    }

    /** Splits an inclusive range into adjacent inclusive sub-ranges, each expected to hold ~800 runs. */
    static List<Instant[]> split(Instant from, Instant to, long total) throws GithubApiException {
        long span = Duration.between(from, to).toSeconds() + 1;
        if (span < 2) {
            throw new GithubApiException(FailureKind.BAD_RESPONSE,
                    "workflow runs: " + total + " runs created within one second at " + from + "; cannot slice");
        }
        long parts = Math.min(span, Math.max(2, (total + TARGET_PER_SLICE - 1) / TARGET_PER_SLICE));
        List<Instant[]> slices = new ArrayList<>();
        long start = 0;
        for (long part = 1; part <= parts; part++) {
            long end = span * part / parts - 1;
            slices.add(new Instant[] {from.plusSeconds(start), from.plusSeconds(end)});
            start = end + 1;
        }
        return slices;
    }

    /** Cuts an inclusive range at each UTC midnight inside it. */
    static List<Instant[]> byUtcDay(Instant from, Instant to) {
        List<Instant[]> days = new ArrayList<>();
        Instant start = from;
        Instant midnight = from.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        while (midnight.isBefore(to) || midnight.equals(to)) {
            days.add(new Instant[] {start, midnight.minusSeconds(1)});
            start = midnight;
            midnight = midnight.plus(Duration.ofDays(1));
        }
        days.add(new Instant[] {start, to});
        return days;
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
