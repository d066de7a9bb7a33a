package dev.yardstick.runtime.sink.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.http.ManualClock;
import dev.yardstick.runtime.sink.SpoolSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void oldestFilesGoFirstWhenOverMaxBytes(@TempDir Path dir) throws IOException {
        Spool unbounded = new Spool(new SpoolSettings(dir, Duration.ofMinutes(55), 1L << 30), clock);
        for (int run = 0; run < 3; run++) {
            unbounded.write(points(10, run));
            clock.advance(Duration.ofMinutes(1));
        }
        long oneFile = Files.size(unbounded.files().get(0));
        Spool bounded = new Spool(new SpoolSettings(dir, Duration.ofMinutes(55), oneFile * 2), clock);
        assertEquals(10, bounded.enforceMaxBytes());
        assertEquals(2, bounded.files().size());
        Spool.Replay replay = bounded.load();
        assertEquals(20, replay.fresh().size());
        assertEquals("1", replay.fresh().get(0).tags().get("run").orElseThrow());
    }

    @Test
    void replayKeepsYoungPointsAndCountsOldOnes(@TempDir Path dir) throws IOException {
        Spool spool = new Spool(new SpoolSettings(dir, Duration.ofMinutes(55), 1L << 30), clock);
        spool.write(points(4, 0));
        clock.advance(Duration.ofMinutes(30));
        spool.write(points(6, 1));
        clock.advance(Duration.ofMinutes(30));
        Spool.Replay replay = spool.load();
        assertEquals(4, replay.tooOld());
        assertEquals(6, replay.fresh().size());
        assertEquals(2, replay.files().size());
        spool.delete(replay.files());
        assertTrue(spool.files().isEmpty());
    }

    @Test
    void unreadableFilesAreSetAside(@TempDir Path dir) throws IOException {
        Spool spool = new Spool(new SpoolSettings(dir, Duration.ofMinutes(55), 1L << 30), clock);
        Files.writeString(dir.resolve("batch-000000000000001-x.json"), "{not json");
        assertTrue(spool.load().fresh().isEmpty());
        assertTrue(Files.exists(dir.resolve("batch-000000000000001-x.json.corrupt")));
    }

    private List<MetricPoint> points(int count, int run) {
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(Gauge.of("spool.test", i, clock.instant(), Tags.of("run", String.valueOf(run),
                    "id", String.valueOf(i))));
        }
        return points;
    }
}
