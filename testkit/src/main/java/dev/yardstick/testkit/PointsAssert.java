package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Fluent assertions on a list of points: {@code PointsAssert.assertThat(points).hasGauge("github.prs.open",
 * Tags.of("repo", "acme/widgets"), 12)}. Failure messages list what was there instead.
 */
public final class PointsAssert {
    private static final double TOLERANCE = 1e-9;

    private final List<MetricPoint> points;

    private PointsAssert(List<MetricPoint> points) {
        this.points = List.copyOf(points);
    }

    /**
     * Starts assertions on points.
     *
     * @param points the points
     * @return the assertion object
     */
    public static PointsAssert assertThat(List<? extends MetricPoint> points) {
        return new PointsAssert(List.copyOf(points));
    }

    /**
     * Asserts exactly one gauge with this name whose tags include {@code tags}, holding {@code value}.
     *
     * @param name the metric name
     * @param tags tags the point must carry (it may carry more)
     * @param value the expected value
     * @return this
     */
    public PointsAssert hasGauge(String name, Tags tags, double value) {
        MetricPoint point = single(name, tags);
        if (!(point instanceof Gauge)) {
            fail(name + " is a " + point.kind() + ", not a gauge");
        }
        assertEquals(value, ((Gauge) point).value(), Math.max(TOLERANCE, Math.abs(value) * 1e-12),
                () -> "value of " + name + " " + tags);
        return this;
    }

    /**
     * Asserts that no point with this name carries {@code tags}.
     *
     * @param name the metric name
     * @param tags the tags that identify the series
     * @return this
     */
    public PointsAssert hasNo(String name, Tags tags) {
        List<MetricPoint> found = matching(name, tags);
        if (!found.isEmpty()) {
            fail("expected no " + name + " " + tags + " but found " + found);
        }
        return this;
    }

    /**
     * Asserts that every point's name is in {@code names}.
     *
     * @param names the allowed names
     * @return this
     */
    public PointsAssert namesWithin(Collection<String> names) {
        Set<String> unexpected = points.stream().map(MetricPoint::name).filter(n -> !names.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unexpected.isEmpty()) {
            fail("points with undeclared names: " + unexpected);
        }
        return this;
    }

    /**
     * Asserts the number of points.
     *
     * @param expected the expected count
     * @return this
     */
    public PointsAssert hasSize(int expected) {
        assertEquals(expected, points.size(), () -> "number of points in " + names());
        return this;
    }

    /**
     * Returns the value of the one gauge with this name whose tags include {@code tags}.
     *
     * @param name the metric name
     * @param tags tags the point must carry
     * @return its value
     */
    public double gaugeValue(String name, Tags tags) {
        return ((Gauge) single(name, tags)).value();
    }

    private MetricPoint single(String name, Tags tags) {
        List<MetricPoint> found = matching(name, tags);
        if (found.size() != 1) {
            fail("expected one " + name + " " + tags + " but found " + found.size() + "; metrics present: " + names());
        }
        return found.get(0);
    }

    private List<MetricPoint> matching(String name, Tags tags) {
        return points.stream().filter(p -> p.name().equals(name))
                .filter(p -> p.tags().asMap().entrySet().containsAll(tags.asMap().entrySet())).toList();
    }

    private Set<String> names() {
        return points.stream().map(MetricPoint::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
