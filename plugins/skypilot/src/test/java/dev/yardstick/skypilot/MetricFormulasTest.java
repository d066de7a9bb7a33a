package dev.yardstick.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small formulas behind the metrics, table by table. */
class MetricFormulasTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"PENDING, QUEUED", "SUBMITTED, QUEUED", "STARTING, QUEUED", "RUNNING, RUNNING",
        "RECOVERING, RUNNING", "SUCCEEDED, SUCCEEDED", "FAILED, FAILED", "FAILED_SETUP, FAILED",
        "FAILED_NO_RESOURCE, FAILED", "FAILED_PRECHECKS, FAILED", "FAILED_CONTROLLER, FAILED",
        "CANCELLING, CANCELLED", "CANCELLED, CANCELLED", "ManagedJobStatus.RECOVERING, RUNNING", "PAUSED, ",
        "FAILEDX, ", "running, "})
    void statusGroups(String status, StatusGroup group) {
        assertEquals(Optional.ofNullable(group), StatusGroup.of(status));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({"A100, a100, true", "A100-80GB, a100, true", "a100-40gb, a100, true", "A1000, a100, false",
        "L40S, l4, false", "L4, l4, true", "l4, l4, true", "L4X, l4, false", "H100-MEGA, h100, true",
        "A10G, a10g, true", "A10, a10g, false", "A100-80GB, a100-80gb, true"})
    void acceleratorNames(String name, String type, boolean matches) {
        assertEquals(matches, AcceleratorTypes.matches(name, type));
    }

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource({"A100-80GB, 6.0", "A100, 4.72", "a100-40gb, 4.72", "T4, "})
    void theLongestMatchingPriceWins(String name, Double price) {
        assertEquals(Optional.ofNullable(price), AcceleratorTypes.price(name,
                java.util.Map.of("a100", 4.72, "a100-80gb", 6.0)));
    }

    @ParameterizedTest(name = "p{1} of {0} with at least {2}")
    @CsvSource(delimiter = '|', value = {
        "5 | 50 | 1 | 5", "1 2 | 50 | 1 | 1.5", "1 2 3 4 | 50 | 1 | 2.5", "| 50 | 1 |",
        "1 2 3 4 5 6 7 8 9 | 90 | 10 |", "1 2 3 4 5 6 7 8 9 10 | 90 | 10 | 9.1",
        "10 1 9 2 8 3 7 4 6 5 | 99 | 10 | 9.91", "1 2 3 4 5 6 7 8 9 10 | 0 | 10 | 1"})
    void percentilesInterpolateBetweenRanks(String sample, double p, int minimum, Double expected) {
        List<Double> values = sample == null ? List.of()
                : Arrays.stream(sample.trim().split(" ")).map(Double::valueOf).toList();
        OptionalDouble actual = new SampleStats(values).percentile(p, minimum);
        if (expected == null) {
            assertEquals(OptionalDouble.empty(), actual);
        } else {
            assertEquals(expected, actual.orElseThrow(), 1e-12);
        }
    }

    @ParameterizedTest(name = "{0}s before at: {1}")
    @CsvSource({"86400, false", "86399.75, true", "0, true", "-0.25, false", "1, true"})
    void windowsExcludeTheirStartAndIncludeTheEvaluationInstant(double secondsBefore, boolean inside) {
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        Window window = Window.ending(at, Duration.ofHours(24));
        assertEquals(inside, window.contains(at.getEpochSecond() - secondsBefore));
    }
}
