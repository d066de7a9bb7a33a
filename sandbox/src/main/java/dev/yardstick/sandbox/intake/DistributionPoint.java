package dev.yardstick.sandbox.intake;

import java.util.List;

/**
 * One accepted distribution point: a timestamp and the raw values sampled then.
 *
 * @param timestamp epoch seconds
 * @param values    the values, never empty
 */
public record DistributionPoint(long timestamp, List<Double> values) {

    public DistributionPoint {
        values = List.copyOf(values);
    }
}
