package dev.yardstick.api;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.util.List;
import java.util.Map;

/**
 * Read access, for derived collectors, to the points of the collectors they depend on, in the same run.
 *
 * <p>The runtime starts a derived collector only after every configured instance of every type named in
 * {@link CollectorFactory#dependsOn()} has finished (or failed, or timed out), so the inputs are always the same
 * set whatever order the collectors completed in. The points carry the tags the pipeline adds before delivery
 * (instance tags such as {@code repo} or {@code project}, {@code collector}, {@code source}), and nothing else is
 * visible: points of collectors that are not dependencies never appear here.
 */
public interface Inputs {

    /** What happened, in this run, to one dependency type. */
    enum DependencyStatus {
        /** Every configured instance of the type completed without a failure. */
        SUCCEEDED,
        /** At least one instance ran but some of its sections (or some instances) failed; points may be missing. */
        PARTIAL,
        /** Every configured instance failed or timed out; there are no points of this type. */
        FAILED,
        /** No instance of the type is configured (or enabled) in this run. */
        ABSENT
    }

    /**
     * Returns every point the dependencies produced in this run, tagged as they will be delivered.
     *
     * @return the points, in the dependencies' own order within each instance
     */
    List<MetricPoint> points();

    /**
     * Returns what happened to one dependency type in this run.
     *
     * @param type a collector type named in {@link CollectorFactory#dependsOn()}
     * @return its status; {@link DependencyStatus#ABSENT} for a type that is not configured or not a dependency
     */
    DependencyStatus status(String type);

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
     * Returns inputs holding no points, for source collectors: every type is absent.
     *
     * @return empty inputs
     */
    static Inputs none() {
        return of(List.of(), Map.of());
    }

    /**
     * Returns fixed inputs, for the runtime and for tests of derived collectors.
     *
     * @param points the dependencies' points
     * @param statuses the status of each dependency type; a type not in the map is {@link DependencyStatus#ABSENT}
     * @return inputs over copies of both arguments
     */
    static Inputs of(List<MetricPoint> points, Map<String, DependencyStatus> statuses) {
        List<MetricPoint> pointsCopy = List.copyOf(requireNonNull(points, "points is null"));
        Map<String, DependencyStatus> statusCopy = Map.copyOf(requireNonNull(statuses, "statuses is null"));
        return new Inputs() {
            @Override
            public List<MetricPoint> points() {
                return pointsCopy;
            }

            @Override
            public DependencyStatus status(String type) {
                return statusCopy.getOrDefault(requireNonNull(type, "type is null"), DependencyStatus.ABSENT);
            }
        };
    }
}
