package dev.yardstick.sandbox.github;

import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated primary rate limit: a budget per hour, spent by every answered request except 304s, shown
 * in {@code x-ratelimit-limit}, {@code -remaining}, {@code -used}, {@code -reset} (epoch seconds) and
 * {@code -resource}. Thread-safe.
 */
public final class RateBudget {
    private final Clock clock;
    private int limit;
    private int used;
    private Instant windowStart;

    RateBudget(Clock clock, int limit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = limit;
        this.windowStart = clock.instant();
    }

    /** Sets the hourly limit and the budget left in the current hour. */
    public synchronized void set(int newLimit, int remaining) {
        limit = newLimit;
        used = Math.max(0, newLimit - remaining);
        windowStart = clock.instant();
    }

    /** Returns the budget left in the current hour. */
    public synchronized int remaining() {
        roll();
        return Math.max(0, limit - used);
    }

    synchronized void refill() {
        used = 0;
        windowStart = clock.instant();
    }

    synchronized boolean exhausted() {
        return remaining() == 0;
    }

    synchronized void spend() {
        roll();
        used++;
    }

    synchronized SimulatedResponse stamp(SimulatedResponse response) {
        return response.withHeader("x-ratelimit-limit", Integer.toString(limit))
                .withHeader("x-ratelimit-remaining", Integer.toString(remaining()))
                .withHeader("x-ratelimit-used", Integer.toString(used))
                .withHeader("x-ratelimit-reset", Long.toString(windowStart.plusSeconds(3600).getEpochSecond()))
                .withHeader("x-ratelimit-resource", "core");
    }

    synchronized Map<String, Integer> snapshot() {
        return Map.of("limit", limit, "remaining", remaining());
    }

    private void roll() {
        if (!clock.instant().isBefore(windowStart.plusSeconds(3600))) {
            used = 0;
            windowStart = clock.instant();
        }
    }
}
