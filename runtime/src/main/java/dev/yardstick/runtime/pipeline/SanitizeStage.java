package dev.yardstick.runtime.pipeline;

import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies Datadog's naming rules ({@link DatadogNaming}) and drops points Datadog would reject: non-finite
 * values (NaN and infinities cannot be written as JSON numbers) and names with nothing valid in them. Every
 * dropped point is counted in {@code yardstick.pipeline.points_dropped{stage:sanitize}}, every dropped tag in
 * {@code yardstick.pipeline.tags_dropped}.
 *
 * <p>Most points are already valid: those pass through as the same object, checked without allocating, and
 * only the others are rebuilt.
 */
public final class SanitizeStage implements Stage {
    private final DropCounter drops;
    private final Telemetry telemetry;

    /**
     * Creates the stage.
     *
     * @param telemetry where drops are counted
     */
    public SanitizeStage(Telemetry telemetry) {
        this.telemetry = telemetry;
        this.drops = new DropCounter(telemetry, "sanitize");
    }

    @Override
    public Batch apply(Batch batch) {
        List<MetricPoint> kept = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            MetricPoint sanitized = isAlreadyValid(point) ? point : repaired(point);
            if (sanitized != null) {
                kept.add(sanitized);
            }
        }
        return batch.with(kept);
    }

    /** The point with its name and tags repaired, or null when it is dropped (and counted). */
    private MetricPoint repaired(MetricPoint point) {
        Optional<String> name = DatadogNaming.metricName(point.name());
        if (name.isEmpty()) {
            drops.drop("invalid_name", 1);
            return null;
        }
        Optional<MetricPoint> finite = finiteValues(point);
        if (finite.isEmpty()) {
            drops.drop("non_finite", 1);
            return null;
        }
        return finite.get().withName(name.get()).withTags(tags(point.tags()));
    }

    /** True when the point has a valid name, only valid tags and finite values: nothing to repair or drop. */
    static boolean isAlreadyValid(MetricPoint point) {
        if (!DatadogNaming.isValidMetricName(point.name())) {
            return false;
        }
        Tags tags = point.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (!DatadogNaming.isValidTag(tags.keyAt(i), tags.valueAt(i))) {
                return false;
            }
        }
        return point.match(
                gauge -> Double.isFinite(gauge.value()),
                count -> Double.isFinite(count.value()),
                rate -> Double.isFinite(rate.value()),
                distribution -> distribution.values().stream().allMatch(Double::isFinite));
    }

    private static Optional<MetricPoint> finiteValues(MetricPoint point) {
        return point.match(
                gauge -> Double.isFinite(gauge.value()) ? Optional.of(gauge) : Optional.empty(),
                count -> Double.isFinite(count.value()) ? Optional.of(count) : Optional.empty(),
                rate -> Double.isFinite(rate.value()) ? Optional.of(rate) : Optional.empty(),
                SanitizeStage::finiteSamples);
    }

    private static Optional<MetricPoint> finiteSamples(Distribution distribution) {
        List<Double> finite = distribution.values().stream().filter(Double::isFinite).toList();
        if (finite.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(distribution.name(), distribution.tags(), distribution.timestamp(),
                finite, distribution.unit()));
    }

    private Tags tags(Tags tags) {
        List<String> repaired = new ArrayList<>(tags.size());
        List<String> rendered = tags.rendered();
        for (int i = 0; i < rendered.size(); i++) {
            String tag = rendered.get(i);
            Optional<String> valid = DatadogNaming.isValidTag(tags.keyAt(i), tags.valueAt(i)) ? Optional.of(tag)
                    : DatadogNaming.tag(tag);
            if (valid.isPresent()) {
                repaired.add(valid.get());
            } else {
                telemetry.increment("yardstick.pipeline.tags_dropped", Tags.of("stage", "sanitize",
                        "reason", "invalid_tag"), 1);
            }
        }
        return Tags.parse(repaired);
    }
}
