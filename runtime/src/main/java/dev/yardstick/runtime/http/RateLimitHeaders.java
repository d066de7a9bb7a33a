package dev.yardstick.runtime.http;

import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.retry.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads how long an upstream asks the client to wait: {@code Retry-After} (seconds or an HTTP date), or on
 * 403/429 {@code x-ratelimit-remaining: 0} with {@code x-ratelimit-reset} (UTC epoch seconds, as GitHub sends),
 * or on 429 (or 403 with {@code RateLimit-Remaining: 0}) the IETF draft's {@code RateLimit-Reset} (seconds from now,
 * as W&B sends). The values are read by the shared {@link RetryAfter}.
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** Returns the requested wait relative to {@code now}, or empty when the response asks for none. */
    static Optional<Duration> requestedWait(HttpResponse response, Instant now) {
        Optional<Duration> retryAfter = response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, now));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean limited = response.status() == 403 || response.status() == 429;
        boolean exhausted = response.header("x-ratelimit-remaining").map(String::trim).filter("0"::equals)
                .isPresent();
        if (limited && exhausted) {
            return response.header("x-ratelimit-reset").flatMap(value -> RetryAfter.untilEpochSecond(value, now));
        }
        boolean draftExhausted = response.header("RateLimit-Remaining").map(String::trim).filter("0"::equals)
                .isPresent();
        if (response.status() == 429 || (limited && draftExhausted)) {
            return response.header("RateLimit-Reset").flatMap(RetryAfter::deltaSeconds);
        }
        return Optional.empty();
    }
}
