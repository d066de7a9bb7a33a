package dev.yardstick.runtime.pipeline;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Caps what a run can cost in custom metrics: at most {@code maxSeriesPerMetric} distinct tag sets per metric
 * name over one run (first come, first kept; extra points dropped and counted with reason {@code series_cap}),
 * and at most {@code maxTagsPerPoint} tags per point. Base tags ({@code env}, {@code service}, {@code source},
 * {@code collector}, {@code version}, the global tags and the collector instance's tags) are never dropped and
 * count toward the cap; the collector's own tags fill what is left in the order its metric catalogue declares
 * them, so the extra tags dropped are the last ones of that order (undeclared keys first, in reverse key
 * order). Dropped tags are counted with reason {@code tag_cap} in {@code yardstick.pipeline.tags_dropped}.
 * Self-telemetry is never dropped. Series are remembered as fingerprints ({@link SeriesSet}), not as tag sets, so
 * that the run does not hold every series' tags until it ends. One instance per run; thread-confined.
 */
public final class CardinalityGuardStage implements Stage {
    /** Tag keys the runtime itself sets on every point. */
    public static final Set<String> RUNTIME_TAGS = Set.of("env", "service", "source", "collector", "version");

    private final int maxSeriesPerMetric;
    private final int maxTagsPerPoint;
    private final Set<String> baseKeys;
    private final DropCounter drops;
    private final Telemetry telemetry;
    private final Map<String, SeriesSet> seen = new HashMap<>();

    /**
     * Creates the guard.
     *
     * @param maxSeriesPerMetric distinct tag sets allowed per metric name, at least 1
     * @param maxTagsPerPoint tags allowed per point, at least 1
     * @param globalTagKeys the keys of the global tags, which are base tags
     * @param telemetry where drops are counted
     */
    public CardinalityGuardStage(int maxSeriesPerMetric, int maxTagsPerPoint, Set<String> globalTagKeys,
            Telemetry telemetry) {
        if (maxSeriesPerMetric < 1 || maxTagsPerPoint < 1) {
            throw new IllegalArgumentException("cardinality limits must be at least 1");
        }
        this.maxSeriesPerMetric = maxSeriesPerMetric;
        this.maxTagsPerPoint = maxTagsPerPoint;
        Set<String> base = new HashSet<>(RUNTIME_TAGS);
        base.addAll(globalTagKeys);
        this.baseKeys = Set.copyOf(base);
        this.telemetry = telemetry;
        this.drops = new DropCounter(telemetry, "cardinality");
    }

    @Override
    public Batch apply(Batch batch) {
        List<MetricPoint> kept = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            MetricPoint capped = capTags(point, batch.origin());
            SeriesSet series = seen.computeIfAbsent(capped.name(), name -> new SeriesSet());
            long fingerprint = SeriesSet.fingerprint(capped.tags());
            if (series.size() < maxSeriesPerMetric || batch.origin().isSelf()) {
                series.add(fingerprint);
                kept.add(capped);
            } else if (series.contains(fingerprint)) {
                kept.add(capped);
            } else {
                drops.drop("series_cap", 1);
            }
        }
        return batch.with(kept);
    }

    private MetricPoint capTags(MetricPoint point, BatchOrigin origin) {
        Tags tags = point.tags();
        if (tags.size() <= maxTagsPerPoint) {
            return point;
        }
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String key = tags.keyAt(i);
            if (!baseKeys.contains(key) && !origin.tags().containsKey(key)) {
                extras.add(key);
            }
        }
        List<String> order = origin.tagOrder().getOrDefault(point.name(), List.of());
        extras.sort(Comparator.comparingInt((String key) -> order.contains(key) ? order.indexOf(key) : order.size())
                .thenComparing(Comparator.naturalOrder()));
        int room = Math.max(0, maxTagsPerPoint - (tags.size() - extras.size()));
        List<String> dropped = extras.subList(Math.min(room, extras.size()), extras.size());
        if (dropped.isEmpty()) {
            return point;
        }
        Tags limited = tags;
        for (String key : dropped) {
            limited = limited.without(key);
        }
        telemetry.increment("yardstick.pipeline.tags_dropped",
                Tags.of("stage", "cardinality", "reason", "tag_cap"), dropped.size());
        return point.withTags(limited);
    }
}
