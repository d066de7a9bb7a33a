package dev.yardstick.skypilot;

import static dev.yardstick.skypilot.SkypilotMetrics.BUCKET_0_1H;
import static dev.yardstick.skypilot.SkypilotMetrics.BUCKET_1_4H;
import static dev.yardstick.skypilot.SkypilotMetrics.BUCKET_4_24H;
import static dev.yardstick.skypilot.SkypilotMetrics.BUCKET_OVER_24H;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_AVG;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_MAX;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_MIN;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_P50;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_P90;
import static dev.yardstick.skypilot.SkypilotMetrics.RUNTIME_P99;

import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Objects;

/** How long the running jobs have run: statistics over positive durations, buckets over known ones. */
final class RuntimeMetrics {
    /** Percentiles beyond the median need at least this many durations. */
    static final int TAIL_PERCENTILE_MINIMUM = 10;
    private static final double HOUR = 3_600;

    private RuntimeMetrics() {
    }

    /**
     * Computes the runtime metrics.
     *
     * @param running the jobs of the running group
     * @return the measurements
     */
    static List<Measurement> compute(List<ManagedJob> running) {
        List<Double> known = running.stream().map(ManagedJob::jobDuration).filter(Objects::nonNull)
                .filter(duration -> duration >= 0).toList();
        SampleStats positive = new SampleStats(known.stream().filter(duration -> duration > 0).toList());
        return new Measurement.Builder()
                .put(RUNTIME_MIN, Unit.SECOND, positive.min())
                .put(RUNTIME_MAX, Unit.SECOND, positive.max())
                .put(RUNTIME_AVG, Unit.SECOND, positive.mean())
                .put(RUNTIME_P50, Unit.SECOND, positive.percentile(50, 1))
                .put(RUNTIME_P90, Unit.SECOND, positive.percentile(90, TAIL_PERCENTILE_MINIMUM))
                .put(RUNTIME_P99, Unit.SECOND, positive.percentile(99, TAIL_PERCENTILE_MINIMUM))
                .count(BUCKET_0_1H, Unit.JOB, known.stream().filter(d -> d < HOUR).count())
                .count(BUCKET_1_4H, Unit.JOB, known.stream().filter(d -> d >= HOUR && d < 4 * HOUR).count())
                .count(BUCKET_4_24H, Unit.JOB, known.stream().filter(d -> d >= 4 * HOUR && d < 24 * HOUR).count())
                .count(BUCKET_OVER_24H, Unit.JOB, known.stream().filter(d -> d >= 24 * HOUR).count())
                .build();
    }
}
