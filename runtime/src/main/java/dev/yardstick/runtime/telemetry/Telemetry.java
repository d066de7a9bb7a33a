package dev.yardstick.runtime.telemetry;

import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects Yardstick's own metrics during a run ({@code yardstick.collector.*}, {@code yardstick.sink.*},
 * {@code yardstick.http.*}, {@code yardstick.run.*}) and turns them into points that go through the same
 * pipeline as collected data. Thread-safe.
 */
public final class Telemetry {
    private record Key(String name, Tags tags, Unit unit) {
    }

    private final Map<Key, Double> gauges = new ConcurrentHashMap<>();
    private final Map<Key, Long> counters = new ConcurrentHashMap<>();

    /**
     * Adds to a counter; counters become {@link Count} points over the run's interval.
     *
     * @param name the metric name
     * @param tags the tags
     * @param amount the amount to add
     */
    public void increment(String name, Tags tags, long amount) {
        counters.merge(new Key(name, tags, Unit.NONE), amount, Long::sum);
    }

    /**
     * Sets a gauge, replacing any value set before under the same name and tags.
     *
     * @param name the metric name
     * @param tags the tags
     * @param value the value
     * @param unit the unit
     */
    public void gauge(String name, Tags tags, double value, Unit unit) {
        gauges.put(new Key(name, tags, unit), value);
    }

    /**
     * Returns the current value of a counter, for summaries and tests.
     *
     * @param name the metric name
     * @param tags the tags
     * @return the count, 0 when never incremented
     */
    public long counter(String name, Tags tags) {
        return counters.getOrDefault(new Key(name, tags, Unit.NONE), 0L);
    }

    /**
     * Returns the sum of a counter over every tag set, for summaries and tests.
     *
     * @param name the metric name
     * @return the total
     */
    public long counterTotal(String name) {
        return counters.entrySet().stream().filter(e -> e.getKey().name().equals(name))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * Returns every recorded value as points and clears the recorder.
     *
     * @param at the timestamp of the points
     * @param interval the interval counters cover (the run's duration, at least one second)
     * @return the points
     */
    public synchronized List<MetricPoint> drain(Instant at, Duration interval) {
        Duration countInterval = interval.getSeconds() < 1 ? Duration.ofSeconds(1) : interval;
        List<MetricPoint> points = new ArrayList<>();
        gauges.forEach((key, value) -> points.add(new Gauge(key.name(), key.tags(), at, value, key.unit())));
        counters.forEach((key, value) -> points.add(
                new Count(key.name(), key.tags(), at, value, countInterval, key.unit())));
        gauges.clear();
        counters.clear();
        return points;
    }
}
