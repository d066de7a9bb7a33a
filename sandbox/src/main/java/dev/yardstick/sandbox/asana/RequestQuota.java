package dev.yardstick.sandbox.asana;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Asana's per-token request quota, simulated as a fixed one-minute window: every request counts (rejected ones
 * too, as on Asana), and once the window's budget is spent the answer is 429 with the seconds until the window ends
 * as {@code Retry-After}. Thread-safe.
 */
final class RequestQuota {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private int perMinute;
    private int used;
    private Instant windowStart;

    RequestQuota(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.windowStart = clock.instant();
    }

    synchronized void set(int newPerMinute) {
        perMinute = newPerMinute;
        reset();
    }

    synchronized void reset() {
        used = 0;
        windowStart = clock.instant();
    }

    /** Counts a request; returns the seconds to wait when it is over the budget. */
    synchronized OptionalLong spend() {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            used = 0;
        }
        used++;
        if (used <= perMinute) {
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, windowStart.plus(WINDOW)).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }
}
