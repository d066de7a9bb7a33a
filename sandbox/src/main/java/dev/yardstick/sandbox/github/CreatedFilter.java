package dev.yardstick.sandbox.github;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * GitHub's {@code created} qualifier for workflow runs: {@code A..B} (either side may be {@code *}),
 * {@code >=A}, {@code >A}, {@code <=B}, {@code <B} or a single date. Values are ISO instants or dates; a date
 * as an upper bound covers its whole day.
 *
 * @param from the inclusive lower bound
 * @param to the inclusive upper bound
 */
record CreatedFilter(Instant from, Instant to) {

    static CreatedFilter parse(String text) {
        try {
            if (text.contains("..")) {
                String[] sides = text.split("\\.\\.", 2);
                return new CreatedFilter(lower(sides[0]), upper(sides[1]));
            } else if (text.startsWith(">=")) {
                return new CreatedFilter(lower(text.substring(2)), Instant.MAX);
            } else if (text.startsWith(">")) {
                return new CreatedFilter(lower(text.substring(1)).plusSeconds(1), Instant.MAX);
            } else if (text.startsWith("<=")) {
                return new CreatedFilter(Instant.MIN, upper(text.substring(2)));
            } else if (text.startsWith("<")) {
                return new CreatedFilter(Instant.MIN, lower(text.substring(1)).minusSeconds(1));
            }
            return new CreatedFilter(lower(text), upper(text));
        } catch (DateTimeParseException bad) {
            throw new IllegalArgumentException("invalid created qualifier '" + text + "'", bad);
        }
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    private static Instant lower(String value) {
        if (value.equals("*")) {
            return Instant.MIN;
        }
        return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant upper(String value) {
        if (value.equals("*")) {
            return Instant.MAX;
        }
        return value.contains("T") ? Instant.parse(value)
                : LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }
}
