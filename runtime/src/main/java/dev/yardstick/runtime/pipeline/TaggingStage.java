package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds the base tags. Precedence, lowest first: the point's own tags, the global tags
 * ({@code yardstick.pipeline.tags}, which hold {@code service}), the collector's configured tags, then the
 * runtime's {@code source}, {@code collector} and {@code version}, which nothing overrides. Self-telemetry
 * keeps the {@code collector} tag it names.
 */
public final class TaggingStage implements Stage {
    private final Tags global;
    private final String version;

    /**
     * Creates the stage.
     *
     * @param globalTags tags for every point
     * @param version the value of the {@code version} tag
     */
    public TaggingStage(Map<String, String> globalTags, String version) {
        this.global = Tags.of(globalTags);
        this.version = requireNonNull(version, "version is null");
    }

    @Override
    public Batch apply(Batch batch) {
        BatchOrigin origin = batch.origin();
        Tags base = global.and(Tags.of(origin.tags())).and("source", origin.source()).and("version", version);
        Tags fixed = origin.isSelf() ? base : base.and("collector", origin.collectorId());
        List<MetricPoint> out = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            out.add(point.withTags(point.tags().and(fixed)));
        }
        return batch.with(out);
    }
}
