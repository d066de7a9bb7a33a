package dev.yardstick.sandbox.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One series of a {@code POST /api/v2/series} payload the intake accepted, as sent.
 *
 * @param metric    the metric name
 * @param type      the intake type: 0 unspecified, 1 count, 2 rate, 3 gauge (0 when absent)
 * @param interval  the interval in seconds, when sent
 * @param unit      the unit, when sent
 * @param tags      the tags in the order sent
 * @param points    the points in the order sent
 * @param resources the resources, empty when absent
 */
public record AcceptedSeries(
        String metric, int type, OptionalLong interval, Optional<String> unit, List<String> tags,
        List<SeriesPoint> points, List<SeriesResource> resources) {

    /** Type code for an unspecified type. */
    public static final int UNSPECIFIED = 0;
    /** Type code for a count. */
    public static final int COUNT = 1;
    /** Type code for a rate. */
    public static final int RATE = 2;
    /** Type code for a gauge. */
    public static final int GAUGE = 3;

    public AcceptedSeries {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(unit, "unit");
        tags = List.copyOf(tags);
        points = List.copyOf(points);
        resources = List.copyOf(resources);
    }
}
