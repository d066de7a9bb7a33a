package dev.yardstick.runtime.engine;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes the points the pipeline drops to the collector whose batch it was processing, by reason, from the
 * pipeline's own {@code yardstick.pipeline.points_dropped} counters (collectors' points go through the pipeline one
 * collector at a time, under the lock of {@link CollectorFeed}).
 */
final class PipelineDrops {
    private static final String METRIC = "yardstick.pipeline.points_dropped";
    /** Every reason a stage drops a point for, as stage and reason tags. */
    private static final List<Tags> REASONS = List.of(Tags.of("stage", "cardinality", "reason", "series_cap"),
            Tags.of("stage", "sanitize", "reason", "invalid_name"),
            Tags.of("stage", "sanitize", "reason", "non_finite"));

    private final Telemetry telemetry;
    private final Map<String, Map<String, Long>> byCollector = new LinkedHashMap<>();

    PipelineDrops(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    /** The pipeline's work on one collector's points. */
    @FunctionalInterface
    interface Work {
        void run() throws InterruptedException;
    }

    /** Runs one collector's points through the pipeline and records what it dropped. */
    void measure(String collectorId, Work pipeline) throws InterruptedException {
        long[] before = REASONS.stream().mapToLong(tags -> telemetry.counter(METRIC, tags)).toArray();
        pipeline.run();
        for (int i = 0; i < REASONS.size(); i++) {
            long dropped = telemetry.counter(METRIC, REASONS.get(i)) - before[i];
            if (dropped > 0) {
                byCollector.computeIfAbsent(collectorId, id -> new LinkedHashMap<>())
                        .merge(REASONS.get(i).asMap().get("reason"), dropped, Long::sum);
            }
        }
    }

    Map<String, Map<String, Long>> byCollector() {
        return byCollector;
    }
}
