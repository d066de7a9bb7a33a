package dev.yardstick.skypilot;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Summary statistics of a sample of values, sorted once. Percentiles interpolate linearly between the two closest
 * ranks, rank = p/100 × (n − 1), and need a minimum sample size.
 */
final class SampleStats {
    private final double[] sorted;

    SampleStats(List<Double> values) {
        this.sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    OptionalDouble min() {
        return sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sorted[0]);
    }

    OptionalDouble max() {
        return sorted.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(sorted[sorted.length - 1]);
    }

    OptionalDouble mean() {
        return Arrays.stream(sorted).average();
    }

    /**
     * The p-th percentile.
     *
     * @param p 0 to 100
     * @param minimumSize the smallest sample that has an answer (at least 1)
     * @return the percentile, or empty for a smaller sample
     */
    OptionalDouble percentile(double p, int minimumSize) {
        if (sorted.length == 0 || sorted.length < minimumSize) {
            return OptionalDouble.empty();
        }
        double rank = p / 100.0 * (sorted.length - 1);
        int below = (int) rank;
        if (below + 1 >= sorted.length) {
            return OptionalDouble.of(sorted[below]);
        }
        return OptionalDouble.of(sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]));
    }
}
