package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;

/**
 * How {@link DatadogApi} retries: Yardstick's one {@link RetryPolicy} (attempts, jittered backoff, a capped
 * {@code Retry-After} or rate-limit reset wait, the deadline), with all time read from {@code clock} and every wait
 * made by {@code sleeper}, so tests drive it with a fake clock. The CLI builds it from
 * {@code yardstick.datadog.api-retry}.
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
}
