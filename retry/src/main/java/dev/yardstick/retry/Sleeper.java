package dev.yardstick.retry;

import java.time.Duration;

/**
 * Waits. Production code sleeps the thread; tests pass a sleeper that advances a fake clock, so retry and
 * rate-limit waits are tested without wall-clock sleeps.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the current thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    /**
     * Waits for a duration.
     *
     * @param duration how long
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
