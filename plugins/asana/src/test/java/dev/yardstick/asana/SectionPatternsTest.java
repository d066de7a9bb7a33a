package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.asana.SectionPatterns.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The section rule (first pattern found, in order) and the window rule, as tables. */
class SectionPatternsTest {
    private static final SectionPatterns DEFAULTS = new SectionPatterns(Pattern.compile("(?i)triage"),
            Pattern.compile("(?i)active"), Pattern.compile("(?i)backlog"));

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(nullValues = "NONE", value = {
        "Needs Triage, TRIAGE",
        "Untriaged, TRIAGE",
        "ACTIVE – on call, ACTIVE",
        "Inactive, ACTIVE",
        "Triage → Active handoff, TRIAGE",
        "backlog: active review, ACTIVE",
        "Backlog, BACKLOG",
        "Icebox, OTHER",
        "'', OTHER",
        "NONE, OTHER"})
    void theFirstPatternFoundInTheNameWins(String section, Category expected) {
        assertEquals(expected, DEFAULTS.classify(Optional.ofNullable(section)));
    }

    @ParameterizedTest(name = "t = at {0}s with D = {1}d: {2}")
    @CsvSource({
        "0, 7, true",
        "1, 7, false",
        "-1, 7, true",
        "-604799, 7, true",
        "-604800, 7, false",
        "-2591999, 30, true",
        "-2592000, 30, false"})
    void windowsAreOpenAtTheStartAndClosedAtTheEnd(long offsetSeconds, long days, boolean inside) {
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        assertEquals(inside, BugMetrics.within(at.plusSeconds(offsetSeconds), at, Duration.ofDays(days)));
    }
}
