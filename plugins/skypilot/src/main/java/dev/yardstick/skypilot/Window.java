package dev.yardstick.skypilot;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A look-back window ending at the evaluation instant, on epoch seconds: {@code at − length < t ≤ at}.
 *
 * @param end the evaluation instant in epoch seconds, inside the window
 * @param length the window's length in seconds
 */
record Window(double end, double length) {

    static Window ending(Instant at, Duration length) {
        return new Window(at.getEpochSecond() + at.getNano() / 1e9, length.toNanos() / 1e9);
    }

    boolean contains(double time) {
        return time > end - length && time <= end;
    }

    boolean contains(OptionalDouble time) {
        return time.isPresent() && contains(time.getAsDouble());
    }
}
