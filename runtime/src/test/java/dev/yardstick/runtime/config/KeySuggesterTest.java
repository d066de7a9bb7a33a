package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggesterTest {
    private static final List<String> RUN_KEYS = List.of("timeout-per-collector", "deadline", "parallelism", "every",
            "jitter");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "paralelism,          parallelism",
        "parallelsim,         parallelism",
        "dedline,             deadline",
        "timeout-per-collecter, timeout-per-collector",
        "evry,                every",
        "colour,              ''",
    })
    void suggestsTheNearestKeyWhenItIsAPlausibleTypo(String unknown, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                KeySuggester.nearest(unknown, RUN_KEYS));
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({"kitten, sitting, 3", "same, same, 0", "'', abc, 3", "flaw, lawn, 2"})
    void editDistance(String a, String b, int distance) {
        assertEquals(distance, KeySuggester.distance(a, b));
    }
}
