package dev.yardstick.retry;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the waits upstreams ask for, the one parser of {@code Retry-After} and rate-limit reset values. Which
 * header carries which form is the caller's knowledge (GitHub's {@code x-ratelimit-reset} is an epoch second,
 * Datadog's {@code X-RateLimit-Reset} and the IETF draft's {@code RateLimit-Reset} are seconds from now); how a
 * value is read is this class's. Unreadable or negative values yield empty, so the caller falls back to its
 * backoff; waits are never negative.
 */
public final class RetryAfter {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private RetryAfter() {
    }

    /**
     * Reads a {@code Retry-After} value: delay seconds (a fraction is rounded up to the millisecond) or an HTTP
     * date (RFC 1123), which is turned into the wait from {@code now} (zero when it has passed).
     *
     * @param value the header value
     * @param now the current instant
     * @return the wait, or empty when the value is neither form
     */
    public static Optional<Duration> parse(String value, Instant now) {
        requireNonNull(now, "now is null");
        Optional<Duration> seconds = deltaSeconds(value);
        return seconds.isPresent() ? seconds : httpDate(value, now);
    }

    /**
     * Reads a number of seconds from now, such as {@code RateLimit-Reset: 30} or {@code X-RateLimit-Reset: 1.5}.
     *
     * @param value the header value
     * @return the wait, or empty when the value is not a non-negative number
     */
    public static Optional<Duration> deltaSeconds(String value) {
        try {
            BigDecimal seconds = new BigDecimal(requireNonNull(value, "value is null").trim());
            if (seconds.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(seconds.multiply(THOUSAND).setScale(0, RoundingMode.CEILING)
                    .longValueExact()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a reset time given as UTC epoch seconds, such as GitHub's {@code x-ratelimit-reset}.
     *
     * @param value the header value
     * @param now the current instant
     * @return the wait until then (zero when it has passed), or empty when the value is not an integer
     */
    public static Optional<Duration> untilEpochSecond(String value, Instant now) {
        requireNonNull(now, "now is null");
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(requireNonNull(value, "value is null").trim()));
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> httpDate(String value, Instant now) {
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
