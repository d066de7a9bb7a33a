package dev.yardstick.sandbox.github;

import dev.yardstick.sandbox.core.SimulatedResponse;
import dev.yardstick.sandbox.core.WindowBudget;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The simulated primary rate limit: a budget per hour, spent by every answered request except 304s, shown
 * in {@code x-ratelimit-limit}, {@code -remaining}, {@code -used}, {@code -reset} (epoch seconds) and
 * {@code -resource}. Thread-safe.
 */
public final class RateBudget {
    private final WindowBudget budget;

    RateBudget(Clock clock, int limit) {
        this.budget = new WindowBudget(clock, Duration.ofHours(1), limit);
    }

    /** Sets the hourly limit and the budget left in the current hour. */
    public void set(int newLimit, int remaining) {
        budget.set(newLimit, remaining);
    }

    /** Returns the budget left in the current hour. */
    public int remaining() {
        return budget.remaining();
    }

    void refill() {
        budget.refill(budget.limit());
    }

    boolean exhausted() {
        return budget.remaining() == 0;
    }

    void spend() {
        budget.spend();
    }

    SimulatedResponse stamp(SimulatedResponse response) {
        synchronized (budget) {
            return response.withHeader("x-ratelimit-limit", Integer.toString(budget.limit()))
                    .withHeader("x-ratelimit-remaining", Integer.toString(budget.remaining()))
                    .withHeader("x-ratelimit-used", Integer.toString(budget.used()))
                    .withHeader("x-ratelimit-reset", Long.toString(budget.windowEnd().getEpochSecond()))
                    .withHeader("x-ratelimit-resource", "core");
        }
    }

    Map<String, Integer> snapshot() {
        synchronized (budget) {
            return Map.of("limit", budget.limit(), "remaining", budget.remaining());
        }
    }
}
