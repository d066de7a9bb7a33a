package dev.yardstick.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    static Stream<Arguments> retryAfter() {
        return Stream.of(
                Arguments.of("delay seconds", "30", "PT30S"),
                Arguments.of("surrounding blanks", " 7 ", "PT7S"),
                Arguments.of("zero", "0", "PT0S"),
                Arguments.of("a fraction is rounded up to the millisecond", "1.0004", "PT1.001S"),
                Arguments.of("an HTTP date in the future", "Sun, 01 Feb 2026 10:01:30 GMT", "PT1M30S"),
                Arguments.of("an HTTP date in the past waits nothing", "Sun, 01 Feb 2026 09:00:00 GMT", "PT0S"),
                Arguments.of("a negative number is not a wait", "-5", "empty"),
                Arguments.of("garbage", "soon", "empty"),
                Arguments.of("an ISO instant is not an HTTP date", "2026-02-01T10:01:00Z", "empty"),
                Arguments.of("empty", "", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retryAfter")
    void readsRetryAfter(String name, String value, String expected) {
        assertEquals(expected, render(RetryAfter.parse(value, NOW)));
    }

    static Stream<Arguments> resets() {
        long inOneMinute = NOW.getEpochSecond() + 60;
        Function<String, Optional<Duration>> delta = RetryAfter::deltaSeconds;
        Function<String, Optional<Duration>> epoch = value -> RetryAfter.untilEpochSecond(value, NOW);
        return Stream.of(
                Arguments.of("seconds from now", delta, "12", "PT12S"),
                Arguments.of("fractional seconds from now", delta, "0.25", "PT0.25S"),
                Arguments.of("negative seconds from now", delta, "-1", "empty"),
                Arguments.of("a date is not seconds from now", delta, "Sun, 01 Feb 2026 10:01:30 GMT", "empty"),
                Arguments.of("an epoch second ahead", epoch, Long.toString(inOneMinute), "PT1M"),
                Arguments.of("an epoch second passed", epoch, Long.toString(NOW.getEpochSecond() - 5), "PT0S"),
                Arguments.of("a fractional epoch second", epoch, "1769940060.5", "empty"),
                Arguments.of("an epoch second out of range", epoch, Long.toString(Long.MAX_VALUE), "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resets")
    void readsResets(String name, Function<String, Optional<Duration>> reader, String value, String expected) {
        assertEquals(expected, render(reader.apply(value)));
    }

    private static String render(Optional<Duration> wait) {
        return wait.map(Duration::toString).orElse("empty");
    }
}
