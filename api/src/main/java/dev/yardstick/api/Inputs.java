package dev.yardstick.api;

import dev.yardstick.api.metric.MetricPoint;
import java.util.List;

/**
 * Read access, for derived collectors, to the points other collectors produced earlier in the same run.
 * Only the collectors named in {@link CollectorFactory#dependsOn()} are guaranteed to have run.
 */
public interface Inputs {

    /**
     * Returns every point produced so far in this run by the collectors this one depends on.
     *
     * @return the points, in no particular order
     */
    List<MetricPoint> points();

    /**
     * Returns the points with the given name.
     *
     * @param metricName the metric name
     * @return the matching points, possibly none
     */
    default List<MetricPoint> named(String metricName) {
        return points().stream().filter(point -> point.name().equals(metricName)).toList();
    }

    /**
     * Returns inputs holding no points, for source collectors.
     *
     * @return empty inputs
     */
    static Inputs none() {
        return List::of;
    }
}
