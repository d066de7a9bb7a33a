package dev.yardstick.sandbox.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A fixed-window request budget, the common core of the simulated rate limits: a limit per window, what was used
 * of the current window, and the window's start, which moves to now once the window has passed. Each simulator
 * spends it its own way and shows it in its own headers. Thread-safe.
 */
public final class WindowBudget {
    private final Clock clock;
    private final Duration window;
    private int limit;
    private int used;
    private Instant windowStart;

    /**
     * Creates a full budget whose first window starts now.
     *
     * @param clock the simulator's clock
     * @param window the window length
     * @param limit requests per window
     */
    public WindowBudget(Clock clock, Duration window, int limit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        this.limit = limit;
        this.windowStart = clock.instant();
    }

    /** Sets the limit and what is left of a window starting now. */
    public synchronized void set(int newLimit, int remaining) {
        limit = newLimit;
        used = Math.max(0, newLimit - remaining);
        windowStart = clock.instant();
    }

    /** Restores the given limit with nothing used, in a window starting now. */
    public synchronized void refill(int newLimit) {
        set(newLimit, newLimit);
    }

    /** Returns the limit per window. */
    public synchronized int limit() {
        return limit;
    }

    /** Returns what was used of the current window. */
    public synchronized int used() {
        roll();
        return used;
    }

    /** Returns what is left of the current window. */
    public synchronized int remaining() {
        roll();
        return Math.max(0, limit - used);
    }

    /** Returns when the current window ends. */
    public synchronized Instant windowEnd() {
        roll();
        return windowStart.plus(window);
    }

    /** Spends one request, even past the limit. */
    public synchronized void spend() {
        roll();
        used++;
    }

    /** Spends one request; false, spending nothing, when the window's budget is already spent. */
    public synchronized boolean trySpend() {
        roll();
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    private void roll() {
        if (!clock.instant().isBefore(windowStart.plus(window))) {
            used = 0;
            windowStart = clock.instant();
        }
    }
}
