package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the base tags. Precedence, lowest first: the point's own tags, the global tags
 * ({@code yardstick.pipeline.tags}, which hold {@code service}), the collector's configured tags, then the
 * runtime's {@code source}, {@code collector} and {@code version}, which nothing overrides. Self-telemetry
 * keeps the {@code collector} tag it names.
 *
 * <p>A base tag whose value Datadog's rules would repair (a {@code version} of {@code 0.1.0-SNAPSHOT} is lower-cased)
 * is repaired here, once per batch, exactly as the sanitize stage would repair it on every point, so that valid
 * points still pass that stage untouched. Base tags whose key needs repair are left to the sanitize stage.
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
        Tags fixed = repairValues(origin.isSelf() ? base : base.and("collector", origin.collectorId()));
        List<MetricPoint> out = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            out.add(point.withTags(point.tags().and(fixed)));
        }
        return batch.with(out);
    }

    private static Tags repairValues(Tags tags) {
        Tags repaired = tags;
        for (int i = 0; i < tags.size(); i++) {
            String key = tags.keyAt(i);
            if (DatadogNaming.isValidTag(key, tags.valueAt(i))) {
                continue;
            }
            Optional<Tags> valid = DatadogNaming.tag(tags.rendered().get(i)).map(tag -> Tags.parse(List.of(tag)));
            if (valid.isPresent() && valid.get().keyAt(0).equals(key)) {
                repaired = repaired.and(key, valid.get().valueAt(0));
            }
        }
        return repaired;
    }
}
