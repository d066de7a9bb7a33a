package dev.yardstick.runtime.engine;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Attributes the points the pipeline drops to the collector whose batch it was processing, by reason, from the
 * pipeline's own {@code yardstick.pipeline.points_dropped} counters (batches go through the pipeline one at a
 * time, on the run's thread).
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

    /** Runs one collector's batch through the pipeline and records what it dropped. */
    <T> T measure(String collectorId, Supplier<T> pipeline) {
        long[] before = REASONS.stream().mapToLong(tags -> telemetry.counter(METRIC, tags)).toArray();
        T result = pipeline.get();
        for (int i = 0; i < REASONS.size(); i++) {
            long dropped = telemetry.counter(METRIC, REASONS.get(i)) - before[i];
            if (dropped > 0) {
                byCollector.computeIfAbsent(collectorId, id -> new LinkedHashMap<>())
                        .merge(REASONS.get(i).asMap().get("reason"), dropped, Long::sum);
            }
        }
        return result;
    }

    Map<String, Map<String, Long>> byCollector() {
        return byCollector;
    }
}
