package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

    @ParameterizedTest(name = "p{1} of [{0}] (min {2}) = {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "7                      | 50 | 1  | 7.0",
        "1 2                    | 50 | 1  | 1.5",
        "3 1 2                  | 50 | 1  | 2.0",
        "1 2 3 4                | 50 | 1  | 2.5",
        "10 20 30 40 50 60 70 80 90 100 | 90 | 10 | 91.0",
        "10 20 30 40 50 60 70 80 90 100 | 99 | 10 | 99.1",
        "1 2 3 4 5 6 7 8 9      | 90 | 10 | none",
        "                       | 50 | 1  | none",
        "5 5 5 5 5 5 5 5 5 5    | 99 | 10 | 5.0",
        "0 100                  | 25 | 1  | 25.0"})
    void interpolatesLinearlyBetweenClosestRanks(String values, double p, int minimum, Double expected) {
        List<Double> sample = values == null ? List.of()
                : Arrays.stream(values.trim().split("\\s+")).map(Double::valueOf).toList();
        OptionalDouble actual = Percentiles.percentile(sample, p, minimum);
        if (expected == null) {
            assertEquals(OptionalDouble.empty(), actual);
        } else {
            assertEquals(expected, actual.orElseThrow(), 1e-9);
        }
    }

    @ParameterizedTest(name = "mean of [{0}] = {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {"1 2 3 | 2.0", "4 | 4.0", " | none"})
    void meanIsOmittedForAnEmptySample(String values, Double expected) {
        List<Double> sample = values == null ? List.of()
                : Arrays.stream(values.trim().split("\\s+")).map(Double::valueOf).toList();
        OptionalDouble actual = Percentiles.mean(sample);
        assertEquals(expected == null ? OptionalDouble.empty() : OptionalDouble.of(expected), actual);
    }
}
