package dev.yardstick.runtime.http;

import dev.yardstick.api.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long an upstream asks the client to wait: {@code Retry-After} (seconds or an HTTP date), or on
 * 403/429 {@code x-ratelimit-remaining: 0} with {@code x-ratelimit-reset} (UTC epoch seconds, as GitHub sends),
 * or on 429 (or 403 with {@code RateLimit-Remaining: 0}) the IETF draft's {@code RateLimit-Reset} (seconds from now,
 * as W&B sends).
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** Returns the requested wait relative to {@code now}, or empty when the response asks for none. */
    static Optional<Duration> requestedWait(HttpResponse response, Instant now) {
        Optional<Duration> retryAfter = response.header("Retry-After").flatMap(value -> retryAfter(value, now));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean limited = response.status() == 403 || response.status() == 429;
        boolean exhausted = response.header("x-ratelimit-remaining").map(String::trim).filter("0"::equals)
                .isPresent();
        if (limited && exhausted) {
            return response.header("x-ratelimit-reset").flatMap(RateLimitHeaders::epochSeconds)
                    .map(reset -> nonNegative(Duration.between(now, reset)));
        }
        boolean draftExhausted = response.header("RateLimit-Remaining").map(String::trim).filter("0"::equals)
                .isPresent();
        if (response.status() == 429 || (limited && draftExhausted)) {
            return response.header("RateLimit-Reset").flatMap(RateLimitHeaders::deltaSeconds);
        }
        return Optional.empty();
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(now, at)));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Duration> deltaSeconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
