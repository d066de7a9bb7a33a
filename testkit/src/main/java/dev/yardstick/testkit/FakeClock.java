package dev.yardstick.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to. {@link #sleep} advances it instead of waiting, so code that waits
 * through an injected sleeper (retry backoff, rate-limit resets) is tested without wall-clock sleeps.
 * Thread-safe; always in UTC.
 */
public final class FakeClock extends Clock {
    private final AtomicReference<Instant> now;

    private FakeClock(Instant start) {
        this.now = new AtomicReference<>(requireNonNull(start, "start is null"));
    }

    /**
     * Creates a clock showing {@code start}.
     *
     * @param start the initial instant
     * @return the clock
     */
    public static FakeClock at(Instant start) {
        return new FakeClock(start);
    }

    /**
     * Creates a clock showing an ISO-8601 instant such as {@code 2026-11-20T12:00:00Z}.
     *
     * @param iso the initial instant
     * @return the clock
     */
    public static FakeClock at(String iso) {
        return new FakeClock(Instant.parse(iso));
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not negative
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot move a clock backwards: " + duration);
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * "Sleeps" by advancing the clock; usable as a method reference wherever a sleeper is expected.
     *
     * @param duration how long
     */
    public void sleep(Duration duration) {
        advance(duration.isNegative() ? Duration.ZERO : duration);
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now.set(requireNonNull(instant, "instant is null"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
