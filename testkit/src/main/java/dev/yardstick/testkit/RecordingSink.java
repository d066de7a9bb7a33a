package dev.yardstick.testkit;

import dev.yardstick.api.metric.MetricPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records every batch of points handed to it. The runtime accepts any {@code Consumer<List<MetricPoint>>} as an
 * extra sink, so tests and embedders can observe exactly what left the pipeline. Thread-safe.
 */
public final class RecordingSink implements Consumer<List<MetricPoint>> {
    private final List<List<MetricPoint>> batches = new ArrayList<>();

    @Override
    public synchronized void accept(List<MetricPoint> batch) {
        batches.add(List.copyOf(batch));
    }

    /**
     * Returns every point received, in arrival order.
     *
     * @return the points
     */
    public synchronized List<MetricPoint> points() {
        return batches.stream().flatMap(List::stream).toList();
    }

    /**
     * Returns the batches received.
     *
     * @return the batches, each immutable
     */
    public synchronized List<List<MetricPoint>> batches() {
        return List.copyOf(batches);
    }

    /**
     * Returns the points with a given name.
     *
     * @param metric the metric name
     * @return the matching points
     */
    public List<MetricPoint> named(String metric) {
        return points().stream().filter(point -> point.name().equals(metric)).toList();
    }

    /** Forgets everything received. */
    public synchronized void clear() {
        batches.clear();
    }
}
