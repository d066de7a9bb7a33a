package dev.yardstick.sandbox.wandb;

import dev.yardstick.sandbox.core.SimulatedResponse;
import dev.yardstick.sandbox.core.WindowBudget;
import java.time.Clock;
import java.time.Duration;

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
    private final WindowBudget budget;

    WandbRateLimit(Clock clock) {
        this.clock = clock;
        this.budget = new WindowBudget(clock, WINDOW, DEFAULT_LIMIT);
    }

    /** Sets the budget per window and what is left of the current window. */
    public void set(int newLimit, int remaining) {
        budget.set(newLimit, remaining);
    }

    /** Returns the budget left in the current window. */
    public int remaining() {
        return budget.remaining();
    }

    void refill() {
        budget.refill(DEFAULT_LIMIT);
    }

    /** Spends one request; false when the window's budget was already spent. */
    boolean trySpend() {
        return budget.trySpend();
    }

    SimulatedResponse stamp(SimulatedResponse response) {
        synchronized (budget) {
            long reset = Math.max(0, Duration.between(clock.instant(), budget.windowEnd()).toSeconds());
            return response.withHeader("RateLimit-Limit", Integer.toString(budget.limit()))
                    .withHeader("RateLimit-Remaining", Integer.toString(budget.remaining()))
                    .withHeader("RateLimit-Reset", Long.toString(reset));
        }
    }
}
