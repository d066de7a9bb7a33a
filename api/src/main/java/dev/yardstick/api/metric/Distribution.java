package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A set of samples observed at an instant (for example the durations of every workflow run), from which
 * Datadog computes percentiles across all series.
 *
 * @param name the metric name
 * @param tags the tags
 * @param timestamp the instant the samples describe
 * @param values the samples, not empty
 * @param unit the unit of the samples
 */
public record Distribution(String name, Tags tags, Instant timestamp, List<Double> values, Unit unit)
        implements MetricPoint {

    /** Validates the components and copies the samples. */
    public Distribution {
        requireNonNull(name, "name is null");
        requireNonNull(tags, "tags is null");
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(unit, "unit is null");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("distribution " + name + " has no samples");
        }
    }

    /**
     * Creates a unitless distribution.
     *
     * @param name the metric name
     * @param values the samples
     * @param timestamp the instant
     * @param tags the tags
     * @return the point
     */
    public static Distribution of(String name, List<Double> values, Instant timestamp, Tags tags) {
        return new Distribution(name, tags, timestamp, values, Unit.NONE);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.DISTRIBUTION;
    }

    @Override
    public Distribution withTags(Tags newTags) {
        return new Distribution(name, newTags, timestamp, values, unit);
    }

    @Override
    public Distribution withName(String newName) {
        return new Distribution(newName, tags, timestamp, values, unit);
    }

    @Override
    public <T> T match(Function<Gauge, T> gauge, Function<Count, T> count, Function<Rate, T> rate,
            Function<Distribution, T> distribution) {
        return distribution.apply(this);
    }
}
