package dev.yardstick.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, new Backoff(Duration.ofSeconds(1),
            Duration.ofSeconds(1), new Random(3)), Duration.ofSeconds(60));

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("backoff when nothing is asked", 1, null, 600, "retry"),
                Arguments.of("the requested wait replaces the backoff", 1, 30, 600, "retry PT30S"),
                Arguments.of("attempts exhausted", 3, null, 600, "stop budget"),
                Arguments.of("a requested wait over the cap is not waited", 1, 61, 600, "stop budget"),
                Arguments.of("a wait ending at the deadline is not waited", 1, 30, 30, "stop deadline"),
                Arguments.of("a backoff past the deadline is not waited", 2, null, 0, "stop deadline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decides(String name, int attemptsMade, Integer requestedSeconds, int secondsLeft, String expected) {
        RetryPolicy.Decision decision = POLICY.next(attemptsMade,
                Optional.ofNullable(requestedSeconds).map(Duration::ofSeconds), NOW, NOW.plusSeconds(secondsLeft));
        assertEquals(expected, render(decision));
    }

    private static String render(RetryPolicy.Decision decision) {
        if (decision instanceof RetryPolicy.Retry) {
            Duration wait = ((RetryPolicy.Retry) decision).delay();
            boolean backoff = wait.compareTo(Duration.ofMillis(500)) >= 0 && wait.compareTo(Duration.ofSeconds(1)) <= 0;
            return backoff ? "retry" : "retry " + wait;
        }
        return ((RetryPolicy.Stop) decision).outOfTime() ? "stop deadline" : "stop budget";
    }
}
