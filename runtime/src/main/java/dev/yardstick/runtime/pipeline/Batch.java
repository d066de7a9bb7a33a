package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.util.List;

/**
 * Points on their way through the pipeline, with where they came from.
 *
 * @param origin the collector (or the runtime itself) that produced the points
 * @param points the points
 */
public record Batch(BatchOrigin origin, List<MetricPoint> points) {

    /** Validates and copies. */
    public Batch {
        requireNonNull(origin, "origin is null");
        points = List.copyOf(points);
    }

    /**
     * Returns a batch from the same origin with other points.
     *
     * @param newPoints the points
     * @return the new batch
     */
    public Batch with(List<MetricPoint> newPoints) {
        return new Batch(origin, newPoints);
    }
}
