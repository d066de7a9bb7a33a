package dev.yardstick.sandbox.intake;

import java.util.List;
import java.util.Objects;

/**
 * One accepted v2 point with its series' identity, for flat assertions.
 *
 * @param metric    the metric name
 * @param type      the intake type code (see {@link AcceptedSeries})
 * @param tags      the series' tags
 * @param timestamp epoch seconds
 * @param value     the value
 */
public record AcceptedPoint(String metric, int type, List<String> tags, long timestamp, double value) {

    public AcceptedPoint {
        Objects.requireNonNull(metric, "metric");
        tags = List.copyOf(tags);
    }
}
