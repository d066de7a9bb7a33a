package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A look-back window ending at the evaluation instant: {@code end − length < t ≤ end}.
 *
 * @param end the evaluation instant, inside the window
 * @param length the window's length
 */
record Window(Instant end, Duration length) {
    /** The window of every {@code _7d} metric. */
    static final Duration SEVEN_DAYS = Duration.ofDays(7);

    Window {
        requireNonNull(end, "end is null");
        requireNonNull(length, "length is null");
    }

    static Window sevenDaysTo(Instant at) {
        return new Window(at, SEVEN_DAYS);
    }

    /** The exclusive start. */
    Instant start() {
        return end.minus(length);
    }

    boolean contains(Instant instant) {
        return instant != null && instant.isAfter(start()) && !instant.isAfter(end);
    }
}
