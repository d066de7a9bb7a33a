package dev.yardstick.api;

import dev.yardstick.api.metric.MetricPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * What one collection produced: points, plus the failures of the sections that could not be collected.
 * Partial results are normal: one failing section does not void the points of the others.
 *
 * @param points the points collected
 * @param failures the failures met; empty when everything succeeded
 */
public record CollectResult(List<MetricPoint> points, List<CollectFailure> failures) {

    /** Copies the lists. */
    public CollectResult {
        points = List.copyOf(points);
        failures = List.copyOf(failures);
    }

    /**
     * Creates a fully successful result.
     *
     * @param points the points collected
     * @return the result
     */
    public static CollectResult of(List<MetricPoint> points) {
        return new CollectResult(points, List.of());
    }

    /**
     * Creates a result in which the whole collector failed.
     *
     * @param failure the failure
     * @return a result without points
     */
    public static CollectResult failed(CollectFailure failure) {
        return new CollectResult(List.of(), List.of(failure));
    }

    /**
     * Tells whether every section succeeded.
     *
     * @return true when there are no failures
     */
    public boolean succeeded() {
        return failures.isEmpty();
    }

    /**
     * Returns a new builder, convenient for collectors that add points section by section.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates points and failures; not thread-safe. */
    public static final class Builder {
        private final List<MetricPoint> points = new ArrayList<>();
        private final List<CollectFailure> failures = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds points.
         *
         * @param more the points
         * @return this builder
         */
        public Builder add(List<? extends MetricPoint> more) {
            points.addAll(more);
            return this;
        }

        /**
         * Adds one point.
         *
         * @param point the point
         * @return this builder
         */
        public Builder add(MetricPoint point) {
            points.add(point);
            return this;
        }

        /**
         * Records a failure.
         *
         * @param failure the failure
         * @return this builder
         */
        public Builder fail(CollectFailure failure) {
            failures.add(failure);
            return this;
        }

        /**
         * Builds the result.
         *
         * @return an immutable result
         */
        public CollectResult build() {
            return new CollectResult(points, failures);
        }
    }
}
