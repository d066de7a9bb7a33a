package dev.yardstick.api.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricPointTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final Tags TAGS = Tags.of("repo", "acme/widgets");

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(Gauge.of("a.gauge", 1.5, AT, TAGS), MetricKind.GAUGE, "gauge 1.5"),
                Arguments.of(Count.of("a.count", 3, Duration.ofMinutes(15), AT, TAGS), MetricKind.COUNT,
                        "count 3.0/PT15M"),
                Arguments.of(Rate.of("a.rate", 0.5, Duration.ofSeconds(60), AT, TAGS), MetricKind.RATE,
                        "rate 0.5/PT1M"),
                Arguments.of(Distribution.of("a.dist", List.of(1.0, 2.0), AT, TAGS), MetricKind.DISTRIBUTION,
                        "distribution [1.0, 2.0]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("kinds")
    void matchDispatchesOnTheKind(MetricPoint point, MetricKind kind, String described) {
        assertEquals(kind, point.kind());
        assertEquals(described, point.match(
                gauge -> "gauge " + gauge.value(),
                count -> "count " + count.value() + "/" + count.interval(),
                rate -> "rate " + rate.value() + "/" + rate.interval(),
                distribution -> "distribution " + distribution.values()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("kinds")
    void copiesKeepEverythingButWhatChanges(MetricPoint point, MetricKind kind, String described) {
        MetricPoint renamed = point.withName("b.other").withTags(Tags.of("x", "y"));
        assertEquals("b.other", renamed.name());
        assertEquals(Tags.of("x", "y"), renamed.tags());
        assertEquals(point.timestamp(), renamed.timestamp());
        assertEquals(point.kind(), renamed.kind());
        assertEquals(point.unit(), renamed.unit());
        assertEquals(TAGS, point.tags(), "the original is unchanged");
    }

    @Test
    void invalidPointsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Count.of("c", 1, Duration.ofMillis(10), AT, TAGS));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of("d", List.of(), AT, TAGS));
        assertThrows(NullPointerException.class, () -> Gauge.of(null, 1, AT, TAGS));
    }

    @Test
    void descriptorsCopyTheirTagKeys() {
        MetricDescriptor descriptor = MetricDescriptor.gauge("a.gauge", Unit.NONE, "A value.", "repo", "state");
        assertEquals(MetricKind.GAUGE, descriptor.kind());
        assertEquals(List.of("repo", "state"), descriptor.tagKeys());
        assertThrows(UnsupportedOperationException.class, () -> descriptor.tagKeys().add("x"));
    }
}
