package dev.yardstick.github;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/** Means and percentiles with the minimum sample sizes of the GitHub metrics. */
final class Percentiles {
    private Percentiles() {
    }

    /**
     * The p-th percentile by linear interpolation between the closest ranks, rank = p/100 × (n − 1) over the
     * sorted values.
     *
     * @param values the sample
     * @param p the percentile, 0 to 100
     * @param minimumCount the smallest sample that gives an answer
     * @return the percentile, or empty when the sample is smaller than {@code minimumCount} or empty
     */
    static OptionalDouble percentile(Collection<Double> values, double p, int minimumCount) {
        if (values.isEmpty() || values.size() < minimumCount) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        double rank = p / 100.0 * (sorted.size() - 1);
        int lower = (int) Math.floor(rank);
        int upper = (int) Math.ceil(rank);
        double fraction = rank - lower;
        return OptionalDouble.of(sorted.get(lower) + fraction * (sorted.get(upper) - sorted.get(lower)));
    }

    /** The arithmetic mean, or empty for an empty sample. */
    static OptionalDouble mean(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
