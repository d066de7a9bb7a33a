package dev.yardstick.retry;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one retry policy, shared by the collectors' HTTP service, the Datadog sink and the dashboards pusher: at
 * most {@code maxAttempts} attempts; between them the wait an upstream asked for ({@code Retry-After}, a
 * rate-limit reset, read by {@link RetryAfter}) or else jittered exponential {@link Backoff}; a requested wait
 * longer than {@code rateLimitWaitCap} is not waited (the caller returns the answer, or spools, at once); and no
 * retry whose wait would end at or after the deadline. Callers decide what is retryable; this class decides whether and when. Thread-safe.
 *
 * @param maxAttempts attempts in all, the first one included; at least 1
 * @param backoff the wait when the upstream asked for none
 * @param rateLimitWaitCap the longest requested wait honoured
 */
public record RetryPolicy(int maxAttempts, Backoff backoff, Duration rateLimitWaitCap) {

    /** Validates the components. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requireNonNull(backoff, "backoff is null");
        requireNonNull(rateLimitWaitCap, "rateLimitWaitCap is null");
    }

    /** What to do after a failed attempt. */
    public sealed interface Decision permits Retry, Stop {
    }

    /**
     * Wait, then try again.
     *
     * @param delay how long to wait
     */
    public record Retry(Duration delay) implements Decision {
    }

    /**
     * Give up: return the last answer, or hand the work back (spool).
     *
     * @param reason why, for logs
     * @param outOfTime true when the deadline, not the attempt budget or the cap, stopped the retries
     */
    public record Stop(String reason, boolean outOfTime) implements Decision {
    }

    /**
     * Decides after a retryable failure.
     *
     * @param attemptsMade attempts made so far, at least 1
     * @param requestedWait the wait the upstream asked for, if any
     * @param now the current instant
     * @param deadline when the work must be done
     * @return retry after a wait, or stop
     */
    public Decision next(int attemptsMade, Optional<Duration> requestedWait, Instant now, Instant deadline) {
        if (attemptsMade >= maxAttempts) {
            return new Stop("gave up after " + attemptsMade + " attempt(s)", false);
        }
        if (requestedWait.isPresent() && requestedWait.get().compareTo(rateLimitWaitCap) > 0) {
            return new Stop("asked to wait " + requestedWait.get() + ", over the cap of " + rateLimitWaitCap, false);
        }
        Duration wait = requestedWait.orElseGet(() -> backoff.delay(attemptsMade - 1));
        if (!now.plus(wait).isBefore(deadline)) {
            return new Stop("no time left to wait " + wait + " before the deadline", true);
        }
        return new Retry(wait);
    }
}
