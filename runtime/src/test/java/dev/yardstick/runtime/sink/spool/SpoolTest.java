package dev.yardstick.runtime.sink.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.runtime.sink.SpoolSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
    private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void theCapEvictsTheOldestFilesBeforeWritingAndCountsThem(@TempDir Path dir) throws IOException {
        Spool unbounded = spool(dir, 1L << 30);
        unbounded.write(points(10, 0));
        long oneFile = Files.size(unbounded.files().get(0));
        Spool bounded = spool(dir, oneFile * 2 + oneFile / 2);
        clock.advance(Duration.ofMinutes(1));
        assertEquals(new Spool.Written(true, 0), bounded.write(points(10, 1)));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(new Spool.Written(true, 10), bounded.write(points(10, 2)));
        List<String> runs = new ArrayList<>();
        for (Spool.Claim claim : bounded.claim()) {
            runs.add(bounded.read(claim).fresh().get(0).tags().get("run").orElseThrow());
        }
        assertEquals(List.of("1", "2"), runs);
    }

    @Test
    void aBatchLargerThanTheCapIsNotStoredAndEvictsNothing(@TempDir Path dir) throws IOException {
        Spool spool = spool(dir, 200);
        spool.write(points(1, 0));
        assertEquals(new Spool.Written(false, 50), spool.write(points(50, 1)));
        assertEquals(1, spool.files().size());
    }

    @Test
    void replayKeepsYoungPointsAndCountsOldOnesAndFinishingDeletesTheFile(@TempDir Path dir) throws IOException {
        Spool spool = spool(dir, 1L << 30);
        spool.write(points(4, 0));
        clock.advance(Duration.ofMinutes(30));
        spool.write(points(6, 1));
        clock.advance(Duration.ofMinutes(30));
        List<Spool.Claim> claims = spool.claim();
        assertEquals(2, claims.size());
        assertTrue(spool.files().isEmpty(), "claimed files are no longer offered");
        Spool.Contents old = spool.read(claims.get(0));
        assertEquals(4, old.tooOld());
        assertEquals(6, spool.read(claims.get(1)).fresh().size());
        spool.finish(claims.get(0));
        spool.release(claims.get(1));
        assertEquals(1, spool.allFiles().size());
        assertEquals(1, spool.files().size());
    }

    @Test
    void respooledPointsKeepTheirFilesPlaceInTheOrder(@TempDir Path dir) throws IOException {
        Spool spool = spool(dir, 1L << 30);
        spool.write(points(4, 0));
        clock.advance(Duration.ofMinutes(5));
        spool.write(points(4, 1));
        List<Spool.Claim> claims = spool.claim();
        spool.respool(claims.get(0), points(2, 0));
        spool.finish(claims.get(0));
        spool.release(claims.get(1));
        Spool.Claim first = spool.claim().get(0);
        assertEquals(2, spool.read(first).fresh().size());
    }

    @Test
    void aClaimHeldByALiveProcessIsLeftAloneAndTakenOverOnceItDies(@TempDir Path dir) throws Exception {
        Spool spool = spool(dir, 1L << 30);
        spool.write(points(3, 0));
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Path file = spool.files().get(0);
            String owner = other.pid() + "-" + other.info().startInstant().orElseThrow().toEpochMilli();
            Path claimed = file.resolveSibling(file.getFileName() + SpoolClaims.MARK + owner);
            Files.move(file, claimed);
            assertTrue(spool.claim().isEmpty(), "another live process's claim must not be replayed");
            other.destroy();
            assertTrue(other.waitFor(10, TimeUnit.SECONDS));
            List<Spool.Claim> recovered = spool.claim();
            assertEquals(1, recovered.size());
            assertEquals(3, spool.read(recovered.get(0)).fresh().size());
            assertFalse(Files.exists(claimed));
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aClaimWhoseProcessIdWasReusedIsStale(@TempDir Path dir) throws IOException {
        Spool spool = spool(dir, 1L << 30);
        spool.write(points(2, 0));
        Path file = spool.files().get(0);
        long self = ProcessHandle.current().pid();
        Files.move(file, file.resolveSibling(file.getFileName() + SpoolClaims.MARK + self + "-1"));
        assertEquals(1, spool.claim().size());
    }

    @Test
    void unreadableFilesAreSetAside(@TempDir Path dir) throws IOException {
        Spool spool = spool(dir, 1L << 30);
        Files.writeString(dir.resolve("batch-000000000000001-x.json"), "{not json");
        Spool.Claim claim = spool.claim().get(0);
        assertTrue(spool.read(claim).corrupt());
        assertTrue(Files.exists(dir.resolve("batch-000000000000001-x.json.corrupt")));
    }

    private Spool spool(Path dir, long maxBytes) {
        return new Spool(new SpoolSettings(dir, Duration.ofMinutes(55), maxBytes), clock);
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
