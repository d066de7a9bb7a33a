package dev.yardstick.runtime.pipeline;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Caps what a run can cost in custom metrics: at most {@code maxSeriesPerMetric} distinct tag sets per metric
 * name over one run (first come, first kept; extra points dropped and counted with reason {@code series_cap}),
 * and at most {@code maxTagsPerPoint} tags per point (the keys last in sort order go first; counted with reason
 * {@code tag_cap} in {@code yardstick.pipeline.tags_dropped}). Self-telemetry is never dropped. One instance per
 * run; thread-confined.
 */
public final class CardinalityGuardStage implements Stage {
    private final int maxSeriesPerMetric;
    private final int maxTagsPerPoint;
    private final DropCounter drops;
    private final Telemetry telemetry;
    private final Map<String, Set<Tags>> seen = new HashMap<>();

    /**
     * Creates the guard.
     *
     * @param maxSeriesPerMetric distinct tag sets allowed per metric name, at least 1
     * @param maxTagsPerPoint tags allowed per point, at least 1
     * @param telemetry where drops are counted
     */
    public CardinalityGuardStage(int maxSeriesPerMetric, int maxTagsPerPoint, Telemetry telemetry) {
        if (maxSeriesPerMetric < 1 || maxTagsPerPoint < 1) {
            throw new IllegalArgumentException("cardinality limits must be at least 1");
        }
        this.maxSeriesPerMetric = maxSeriesPerMetric;
        this.maxTagsPerPoint = maxTagsPerPoint;
        this.telemetry = telemetry;
        this.drops = new DropCounter(telemetry, "cardinality");
    }

    @Override
    public Batch apply(Batch batch) {
        List<MetricPoint> kept = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            MetricPoint capped = capTags(point);
            Set<Tags> series = seen.computeIfAbsent(capped.name(), name -> new HashSet<>());
            if (series.contains(capped.tags()) || series.size() < maxSeriesPerMetric || batch.origin().isSelf()) {
                series.add(capped.tags());
                kept.add(capped);
            } else {
                drops.drop("series_cap", 1);
            }
        }
        return batch.with(kept);
    }

    private MetricPoint capTags(MetricPoint point) {
        if (point.tags().size() <= maxTagsPerPoint) {
            return point;
        }
        Map<String, String> limited = new HashMap<>();
        point.tags().asMap().entrySet().stream().limit(maxTagsPerPoint)
                .forEach(entry -> limited.put(entry.getKey(), entry.getValue()));
        telemetry.increment("yardstick.pipeline.tags_dropped", Tags.of("stage", "cardinality", "reason", "tag_cap"),
                point.tags().size() - maxTagsPerPoint);
        return point.withTags(Tags.of(limited));
    }
}
