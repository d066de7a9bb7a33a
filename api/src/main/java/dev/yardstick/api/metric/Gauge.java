package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.function.Function;

/**
 * A value sampled at an instant, such as the number of open pull requests. Most Yardstick metrics are
 * gauges: re-sending the same gauge is idempotent, which makes spool replay safe.
 *
 * @param name the metric name
 * @param tags the tags
 * @param timestamp the instant the value describes
 * @param value the value
 * @param unit the unit of the value
 */
public record Gauge(String name, Tags tags, Instant timestamp, double value, Unit unit) implements MetricPoint {

    /** Validates the components. */
    public Gauge {
        requireNonNull(name, "name is null");
        requireNonNull(tags, "tags is null");
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(unit, "unit is null");
    }

    /**
     * Creates a unitless gauge.
     *
     * @param name the metric name
     * @param value the value
     * @param timestamp the instant
     * @param tags the tags
     * @return the point
     */
    public static Gauge of(String name, double value, Instant timestamp, Tags tags) {
        return new Gauge(name, tags, timestamp, value, Unit.NONE);
    }

    /**
     * Creates a gauge with a unit.
     *
     * @param name the metric name
     * @param value the value
     * @param unit the unit
     * @param timestamp the instant
     * @param tags the tags
     * @return the point
     */
    public static Gauge of(String name, double value, Unit unit, Instant timestamp, Tags tags) {
        return new Gauge(name, tags, timestamp, value, unit);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.GAUGE;
    }

    @Override
    public Gauge withTags(Tags newTags) {
        return new Gauge(name, newTags, timestamp, value, unit);
    }

    @Override
    public Gauge withName(String newName) {
        return new Gauge(newName, tags, timestamp, value, unit);
    }

    @Override
    public <T> T match(Function<Gauge, T> gauge, Function<Count, T> count, Function<Rate, T> rate,
            Function<Distribution, T> distribution) {
        return gauge.apply(this);
    }
}
