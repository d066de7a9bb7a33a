package dev.yardstick.sandbox.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One series of a {@code POST /api/v1/distribution_points} payload the intake accepted.
 *
 * @param metric the metric name
 * @param tags   the tags in the order sent
 * @param host   the host, when sent
 * @param points the points in the order sent
 */
public record AcceptedDistribution(String metric, List<String> tags, Optional<String> host,
        List<DistributionPoint> points) {

    public AcceptedDistribution {
        Objects.requireNonNull(metric, "metric");
        tags = List.copyOf(tags);
        Objects.requireNonNull(host, "host");
        points = List.copyOf(points);
    }
}
