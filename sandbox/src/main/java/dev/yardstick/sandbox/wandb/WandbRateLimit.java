package dev.yardstick.sandbox.wandb;

import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The simulated GraphQL rate limit: a fixed window with a request budget, shown in the IETF draft headers W&B
 * sends ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} in seconds until the
 * window ends). Thread-safe.
 */
public final class WandbRateLimit {
    /** Requests per window by default. */
    public static final int DEFAULT_LIMIT = 1000;
    /** The window length. */
    public static final Duration WINDOW = Duration.ofSeconds(60);

    private final Clock clock;
    private int limit = DEFAULT_LIMIT;
    private int used;
    private Instant windowStart;

    WandbRateLimit(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windowStart = clock.instant();
    }

    /** Sets the budget per window and what is left of the current window. */
    public synchronized void set(int newLimit, int remaining) {
        limit = newLimit;
        used = Math.max(0, newLimit - remaining);
        windowStart = clock.instant();
    }

    /** Returns the budget left in the current window. */
    public synchronized int remaining() {
        roll();
        return Math.max(0, limit - used);
    }

    synchronized void refill() {
        limit = DEFAULT_LIMIT;
        used = 0;
        windowStart = clock.instant();
    }

    /** Spends one request; false when the window's budget was already spent. */
    synchronized boolean trySpend() {
        roll();
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    synchronized SimulatedResponse stamp(SimulatedResponse response) {
        long reset = Math.max(0, Duration.between(clock.instant(), windowStart.plus(WINDOW)).toSeconds());
        return response.withHeader("RateLimit-Limit", Integer.toString(limit))
                .withHeader("RateLimit-Remaining", Integer.toString(remaining()))
                .withHeader("RateLimit-Reset", Long.toString(reset));
    }

    private void roll() {
        if (!clock.instant().isBefore(windowStart.plus(WINDOW))) {
            used = 0;
            windowStart = clock.instant();
        }
    }
}
