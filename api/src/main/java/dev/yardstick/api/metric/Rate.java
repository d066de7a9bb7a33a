package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A number of events per second, averaged over {@code interval} ending at {@code timestamp}.
 *
 * @param name the metric name
 * @param tags the tags
 * @param timestamp the end of the interval the value describes
 * @param value the value
 * @param interval the length of the interval, at least one second
 * @param unit the unit of the value
 */
public record Rate(String name, Tags tags, Instant timestamp, double value, Duration interval, Unit unit)
        implements MetricPoint {

    /** Validates the components. */
    public Rate {
        requireNonNull(name, "name is null");
        requireNonNull(tags, "tags is null");
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(interval, "interval is null");
        requireNonNull(unit, "unit is null");
        if (interval.getSeconds() < 1) {
            throw new IllegalArgumentException("interval of " + name + " must be at least 1 second, got " + interval);
        }
    }

    /**
     * Creates a unitless point.
     *
     * @param name the metric name
     * @param value the value
     * @param interval the interval
     * @param timestamp the end of the interval
     * @param tags the tags
     * @return the point
     */
    public static Rate of(String name, double value, Duration interval, Instant timestamp, Tags tags) {
        return new Rate(name, tags, timestamp, value, interval, Unit.NONE);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATE;
    }

    @Override
    public Rate withTags(Tags newTags) {
        return new Rate(name, newTags, timestamp, value, interval, unit);
    }

    @Override
    public Rate withName(String newName) {
        return new Rate(newName, tags, timestamp, value, interval, unit);
    }

    @Override
    public <T> T match(Function<Gauge, T> gauge, Function<Count, T> count, Function<Rate, T> rate,
            Function<Distribution, T> distribution) {
        return rate.apply(this);
    }
}
