package dev.yardstick.benchmarks;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.pipeline.Batch;
import dev.yardstick.runtime.pipeline.BatchOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The series every benchmark (and the end-to-end harness's plugin) uses: gauges of 6 tags, spread over 20 metric
 * names, with values that vary per series, so compression sees realistic repetition and no more.
 */
public final class SeriesFixture {
    /** When every point is stamped. */
    public static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    /** The collector the points come from. */
    public static final BatchOrigin ORIGIN = new BatchOrigin("bench/one", "bench", Map.of("team", "perf"));

    private SeriesFixture() {
    }

    /**
     * Returns the points.
     *
     * @param count how many series
     * @param validTags true for tags already valid for Datadog; false for upper-case values the sanitize stage
     *     must repair
     * @return the points, in series order
     */
    public static List<MetricPoint> gauges(int count, boolean validTags) {
        List<MetricPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String host = validTags ? "host-" + i : "Host-" + i;
            Tags tags = Tags.of("host", host, "region", "region-" + (i % 7), "zone", "zone-" + (i % 3),
                    "service", "svc-" + (i % 50), "shard", Integer.toString(i % 64), "tier", "tier-" + (i % 4));
            points.add(Gauge.of("bench.metric_" + (i % 20), i * 0.5, AT, tags));
        }
        return points;
    }

    /**
     * Returns the points as a batch from {@link #ORIGIN}.
     *
     * @param count how many series
     * @param validTags see {@link #gauges}
     * @return the batch
     */
    public static Batch batch(int count, boolean validTags) {
        return new Batch(ORIGIN, gauges(count, validTags));
    }
}
