package dev.yardstick.runtime.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Rate;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.runtime.http.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointJsonTest {
    static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    static final Tags TAGS = Tags.of("repo", "acme/widgets", "env", "prod");

    static List<MetricPoint> everyKind() {
        return List.of(
                new Gauge("github.prs.open", TAGS, AT, 12, Unit.NONE),
                new Count("github.prs.merged", TAGS, AT, 3, Duration.ofMinutes(15), Unit.NONE),
                new Rate("github.api.calls", TAGS, AT, 0.5, Duration.ofSeconds(60), Unit.REQUEST),
                new Distribution("github.ci.duration", TAGS, AT, List.of(1.5, 2.0, 30.0), Unit.SECOND));
    }

    @Test
    void writesTheDocumentedShape() throws IOException {
        assertEquals(fixture("points.jsonl"), everyKind().stream().map(PointJson::toLine)
                .map(line -> line + "\n").reduce("", String::concat));
    }

    @Test
    void parsesWhatItWrites() {
        for (MetricPoint point : everyKind()) {
            assertEquals(point, PointJson.parseLine(PointJson.toLine(point)));
        }
        assertEquals(everyKind(), PointJson.parseArray(PointJson.toJsonArray(everyKind())));
    }

    @Test
    void namesTheBadField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PointJson.parseLine("{\"metric\":\"a\",\"type\":\"gauge\",\"timestamp\":1}"));
        assertTrue(e.getMessage().contains("'value'"), e.getMessage());
    }

    @Test
    void jsonlSinkAppendsToTheDatedFileAndReadsBack(@TempDir Path dir) throws IOException {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T23:59:59Z"));
        JsonlSink sink = new JsonlSink(new JsonlSinkSettings("outbox", SinkEnablement.TRUE, java.util.Set.of(), dir),
                clock);
        assertEquals(4, sink.send(everyKind(), clock.instant()).sent());
        assertEquals(1, sink.send(everyKind().subList(0, 1), clock.instant()).sent());
        Path file = dir.resolve("points-2026-03-01.jsonl");
        assertEquals(5, JsonlSink.read(file).size());
        assertEquals(everyKind(), JsonlSink.read(file).subList(0, 4));
        clock.advance(Duration.ofSeconds(1));
        sink.send(everyKind(), clock.instant());
        assertTrue(Files.exists(dir.resolve("points-2026-03-02.jsonl")));
        sink.close();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = PointJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
