package dev.yardstick.retry;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Jittered exponential backoff: the n-th retry (from 0) waits a uniformly random time between half and all of
 * {@code min(initial × 2^n, max)}, so concurrent clients spread out without waiting much less than planned.
 * Thread-safe when the random generator is.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    /**
     * Creates a backoff.
     *
     * @param initial the base wait before the first retry
     * @param max the longest wait
     * @param random the source of jitter
     */
    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = requireNonNull(initial, "initial is null");
        this.max = requireNonNull(max, "max is null");
        this.random = requireNonNull(random, "random is null");
    }

    /**
     * Returns the wait before a retry.
     *
     * @param retry the number of retries already made (0 before the first retry)
     * @return the wait
     */
    public Duration delay(int retry) {
        long ceiling = ceilingMillis(retry);
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }

    /**
     * Returns the un-jittered ceiling of the wait before a retry.
     *
     * @param retry the number of retries already made
     * @return {@code min(initial × 2^retry, max)} in milliseconds
     */
    public long ceilingMillis(int retry) {
        long maxMillis = max.toMillis();
        long wait = initial.toMillis();
        for (int i = 0; i < retry && wait < maxMillis; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxMillis);
    }
}
