package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/**
 * How {@link DatadogApi} retries: Yardstick's one {@link RetryPolicy} (attempts, jittered backoff, a capped
 * {@code Retry-After} or rate-limit reset wait, the deadline), with all time read from {@code clock} and every wait
 * made by {@code sleeper}, so tests drive it with a fake clock.
 *
 * @param policy whether and when to retry
 * @param clock the source of time for the deadline and HTTP-date waits
 * @param sleeper makes the waits
 * @param budget how long the Datadog calls of one {@link DatadogApi} (one command) may take, retries included:
 *     no wait ends and no attempt starts after it
 */
public record ApiRetry(RetryPolicy policy, Clock clock, Sleeper sleeper, Duration budget) {

    /** Validates the components. */
    public ApiRetry {
        requireNonNull(policy, "policy");
        requireNonNull(clock, "clock");
        requireNonNull(sleeper, "sleeper");
        requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, got " + budget);
        }
    }

    /**
     * The retries of the dashboards and monitors commands: four attempts, backoff from 2 s up to 30 s, rate-limit
     * waits up to 60 s honoured, ten minutes for the whole command's Datadog work.
     *
     * @param clock the source of time
     * @param sleeper makes the waits
     * @return the retry settings
     */
    public static ApiRetry standard(Clock clock, Sleeper sleeper) {
        return new ApiRetry(new RetryPolicy(4, new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), new Random()),
                Duration.ofSeconds(60)), clock, sleeper, Duration.ofMinutes(10));
    }

    /**
     * The standard retries on the system clock, sleeping for real.
     *
     * @return the retry settings
     */
    public static ApiRetry standard() {
        return standard(Clock.systemUTC(), Sleeper.SYSTEM);
    }
}
