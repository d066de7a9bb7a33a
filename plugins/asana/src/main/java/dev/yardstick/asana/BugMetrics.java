package dev.yardstick.asana;

import static dev.yardstick.asana.AsanaMetrics.BUGS_ACTIVE;
import static dev.yardstick.asana.AsanaMetrics.BUGS_AVG_AGE;
import static dev.yardstick.asana.AsanaMetrics.BUGS_BACKLOG;
import static dev.yardstick.asana.AsanaMetrics.BUGS_COMPLETED_30D;
import static dev.yardstick.asana.AsanaMetrics.BUGS_COMPLETED_7D;
import static dev.yardstick.asana.AsanaMetrics.BUGS_CREATED_7D;
import static dev.yardstick.asana.AsanaMetrics.BUGS_OLDEST;
import static dev.yardstick.asana.AsanaMetrics.BUGS_OTHER;
import static dev.yardstick.asana.AsanaMetrics.BUGS_TOTAL_OPEN;
import static dev.yardstick.asana.AsanaMetrics.BUGS_TRIAGE;

import dev.yardstick.asana.SectionPatterns.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The ten bug metrics, computed from the open and the recently completed tasks of the bugs project. */
final class BugMetrics {
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration MONTH = Duration.ofDays(30);
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private BugMetrics() {
    }

    /**
     * Computes the bug metrics.
     *
     * @param open the tasks listed with {@code completed_since=now}
     * @param recent the tasks listed with {@code completed_since=at − 30d}, incomplete ones included
     * @param at the evaluation instant, the end of every window
     * @param patterns how open bugs are sorted by section
     * @return the values by metric name; the two ages are absent when there is no open bug
     */
    static Map<String, Double> compute(List<AsanaTask> open, List<AsanaTask> recent, Instant at,
            SectionPatterns patterns) {
        List<AsanaTask> completed = recent.stream().filter(AsanaTask::completed).toList();
        Map<Category, Integer> bySection = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            bySection.put(category, 0);
        }
        open.forEach(task -> bySection.merge(patterns.classify(task.section()), 1, Integer::sum));
        Set<String> createdThisWeek = new HashSet<>();
        Stream.concat(open.stream(), completed.stream()).filter(task -> within(task.createdAt(), at, WEEK))
                .forEach(task -> createdThisWeek.add(task.gid()));
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(BUGS_TOTAL_OPEN, (double) open.size());
        values.put(BUGS_TRIAGE, (double) bySection.get(Category.TRIAGE));
        values.put(BUGS_ACTIVE, (double) bySection.get(Category.ACTIVE));
        values.put(BUGS_BACKLOG, (double) bySection.get(Category.BACKLOG));
        values.put(BUGS_OTHER, (double) bySection.get(Category.OTHER));
        values.put(BUGS_CREATED_7D, (double) createdThisWeek.size());
        if (!open.isEmpty()) {
            List<Double> ages = open.stream().map(task -> ageDays(task.createdAt(), at)).toList();
            values.put(BUGS_AVG_AGE, ages.stream().mapToDouble(Double::doubleValue).sum() / ages.size());
            values.put(BUGS_OLDEST, ages.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }
        values.put(BUGS_COMPLETED_7D, (double) completedWithin(completed, at, WEEK));
        values.put(BUGS_COMPLETED_30D, (double) completedWithin(completed, at, MONTH));
        return values;
    }

    /** Whether {@code t} lies in the window ending at {@code at}: {@code at − length < t ≤ at}. */
    static boolean within(Instant t, Instant at, Duration length) {
        return t.isAfter(at.minus(length)) && !t.isAfter(at);
    }

    private static long completedWithin(List<AsanaTask> completed, Instant at, Duration length) {
        return completed.stream().map(AsanaTask::completedAt).flatMap(Optional::stream)
                .filter(time -> within(time, at, length)).count();
    }

    private static double ageDays(Instant createdAt, Instant at) {
        return Duration.between(createdAt, at).toMillis() / MILLIS_PER_DAY;
    }
}
