package dev.yardstick.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackoffTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(20), new Random(7));

    static Stream<Arguments> ceilings() {
        return Stream.of(
                Arguments.of(0, 500L),
                Arguments.of(1, 1_000L),
                Arguments.of(3, 4_000L),
                Arguments.of(5, 16_000L),
                Arguments.of(6, 20_000L),
                Arguments.of(60, 20_000L));
    }

    @ParameterizedTest(name = "retry {0}: ceiling {1} ms")
    @MethodSource("ceilings")
    void doublesUpToTheMaximum(int retry, long ceilingMillis) {
        assertEquals(ceilingMillis, BACKOFF.ceilingMillis(retry));
    }

    @ParameterizedTest(name = "retry {0}: jitter between half and all of {1} ms")
    @MethodSource("ceilings")
    void jittersBetweenHalfAndAllOfTheCeiling(int retry, long ceilingMillis) {
        for (int i = 0; i < 200; i++) {
            long wait = BACKOFF.delay(retry).toMillis();
            assertTrue(wait >= ceilingMillis / 2 && wait <= ceilingMillis, () -> wait + " ms");
        }
    }
}
