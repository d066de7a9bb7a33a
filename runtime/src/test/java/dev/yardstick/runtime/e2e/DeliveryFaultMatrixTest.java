package dev.yardstick.runtime.e2e;

import static dev.yardstick.runtime.e2e.IntakeRuns.assertEachIndexOnce;
import static dev.yardstick.runtime.e2e.IntakeRuns.datadog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery rows of the fault matrix (R1–R10, R25, R26 of the Datadog and upstream API reference), each
 * against the simulated intake with the fault injected, counting every point at the intake.
 */
class DeliveryFaultMatrixTest {
    private static final String SERIES = "/api/v2/series";

    @TempDir
    Path dir;

    private IntakeRuns runs;

    @BeforeEach
    void start() {
        runs = new IntakeRuns(dir);
    }

    @AfterEach
    void stop() {
        runs.close();
    }

    @Test
    void r1_serverErrorsAreRetriedAndEveryPointArrivesOnce() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, 500, 500);
        RunReport report = runs.runOnce();
        assertEachIndexOnce(runs.collected(), 20);
        assertTrue(datadog(report).retries() >= 2, "retries: " + datadog(report));
        assertEquals(0, report.exitCode());
    }

    @Test
    void r2_aRateLimitResetIsWaitedThenDelivered() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, FaultResponse.rateLimited(3));
        Instant before = runs.clock.instant();
        runs.runOnce();
        assertEachIndexOnce(runs.collected(), 20);
        assertTrue(Duration.between(before, runs.clock.instant()).getSeconds() >= 3, "waited on the clock");
    }

    @Test
    void r3_anHourLongResetIsNotWaitedButSpooledAndDeliveredByTheNextRun() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, FaultResponse.rateLimited(3600));
        Instant before = runs.clock.instant();
        RunReport first = runs.runOnce();
        assertTrue(Duration.between(before, runs.clock.instant()).toMinutes() < 1, "no long sleep");
        assertTrue(datadog(first).spooled() > 0, "spooled: " + datadog(first));
        runs.clock.advance(Duration.ofMinutes(15));
        runs.runOnce();
        assertEquals(40, runs.collected().size(), "the spooled 20 and the next run's 20, each once");
    }

    @Test
    void r4_aTooLargePayloadIsSplitInHalvesAndDelivered() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, 413);
        RunReport report = runs.runOnce();
        assertEachIndexOnce(runs.collected(), 20);
        assertEquals(0, datadog(report).droppedTotal());
    }

    @Test
    void r5_aBadRequestIsBisectedSoThatTheValidPointsStillArrive() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, 400);
        RunReport report = runs.runOnce("yardstick.sinks.datadog.max-raw-bytes=2000");
        assertEachIndexOnce(runs.collected(), 20);
        assertEquals(0, datadog(report).retries());
    }

    @Test
    void r5_pointsTheIntakeWouldRefuseAreDroppedAndCountedBeforeBatching() throws InterruptedException {
        RunReport report;
        try (Yardstick yardstick = runs.yardstick()) {
            report = yardstick.run(new RunOptions(Optional.of(runs.clock.instant().minus(Duration.ofHours(2))),
                    Set.of(), true));
        }
        assertEquals(20, datadog(report).dropped().get("too_old"), "dropped: " + datadog(report));
        assertEquals(List.of(), runs.collected());
        assertEquals(0, runs.intake.rejectedCount(), "no batch was poisoned: the self-telemetry arrived");
        assertFalse(runs.intake.acceptedPoints().isEmpty());
    }

    @Test
    void r6_aRefusedKeyIsNotRetriedFailsTheRunAndIsSpooled() throws InterruptedException {
        runs.intake.faults().statusSequence(SERIES, 403, 403, 403, 403);
        RunReport report = runs.runOnce();
        assertEquals(0, datadog(report).retries());
        assertTrue(datadog(report).spooled() >= 20, "spooled: " + datadog(report));
        assertTrue(report.exitCode() != 0);
    }

    @Test
    void r7_resetConnectionsAreRetriedUntilTheFaultClears() throws InterruptedException {
        runs.intake.faults().disconnect(SERIES, 2);
        runs.runOnce();
        assertEachIndexOnce(runs.collected(), 20);
    }

    @Test
    void r8_anIntakeThatNeverAnswersHitsTheReadTimeoutAndIsRetried() throws InterruptedException {
        runs.intake.faults().hang(SERIES, 1);
        RunReport report = runs.runOnce("yardstick.sinks.datadog.read-timeout=1s");
        assertEachIndexOnce(runs.collected(), 20);
        assertTrue(datadog(report).retries() >= 1);
    }

    @Test
    void r9_anIntakeDownForAWholeRunIsSpooledAndReplayedOnceByTheNextRun() throws InterruptedException, IOException {
        runs.intake.faults().down();
        RunReport first = runs.runOnce();
        assertTrue(datadog(first).spooled() >= 20, "spooled: " + datadog(first));
        runs.intake.faults().up();
        runs.clock.advance(Duration.ofMinutes(15));
        RunReport second = runs.runOnce();
        List<AcceptedPoint> delivered = runs.collected();
        assertEquals(40, delivered.size(), "20 replayed + 20 new");
        assertEquals(2, delivered.stream().map(AcceptedPoint::timestamp).distinct().count());
        assertEquals(0, datadog(second).droppedTotal());
        assertEquals(List.of(), spoolFiles());
    }

    @Test
    void r9_spooledPointsOlderThan55MinutesAreDroppedAndCounted() throws InterruptedException {
        runs.intake.faults().down();
        runs.runOnce();
        runs.intake.faults().up();
        runs.clock.advance(Duration.ofMinutes(56));
        RunReport second = runs.runOnce();
        assertEquals(20, runs.collected().size(), "only the new run's points");
        assertTrue(datadog(second).dropped().getOrDefault("too_old", 0L) >= 20, "dropped: " + datadog(second));
    }

    @Test
    void r10_sigtermMidSubmitSpoolsWhatIsInFlightWithinTheGraceAndNothingIsLost() throws Exception {
        runs.intake.faults().hang(SERIES, 1);
        Yardstick yardstick = runs.yardstick("yardstick.sinks.datadog.read-timeout=15s");
        CompletableFuture<RunReport> run = CompletableFuture.supplyAsync(() -> {
            try {
                return yardstick.run(RunOptions.all());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRequest();
        Duration grace = yardstick.shutdown();
        runs.clock.advance(grace);
        RunReport report = run.get(20, TimeUnit.SECONDS);
        yardstick.close();
        assertTrue(datadog(report).spooled() >= 20, "spooled: " + datadog(report));
        assertEquals(0, datadog(report).droppedTotal());
        try (Stream<Path> files = Files.list(runs.spoolDir().resolve("datadog"))) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".tmp")), "no partial file");
        }
        runs.runOnce();
        List<AcceptedPoint> delivered = runs.collected();
        assertEquals(40, delivered.size(), "the stopped run's 20 from the spool and the next run's 20");
        assertEquals(40, delivered.stream().map(point -> point.tags() + "@" + point.timestamp()).distinct().count(),
                "none twice");
    }

    @Test
    void r25_pointsTenMinutesAheadOfTheIntakesClockAreDroppedNotRetried() throws InterruptedException {
        RunReport report;
        try (Yardstick yardstick = runs.yardstick()) {
            report = yardstick.run(new RunOptions(Optional.of(runs.clock.instant().plus(Duration.ofMinutes(11))),
                    Set.of(), true));
        }
        assertEquals(20, datadog(report).dropped().get("in_future"), "dropped: " + datadog(report));
        assertEquals(0, datadog(report).retries());
        assertEquals(0, runs.intake.rejectedCount());
    }

    @Test
    void r26_aCollectorStillRunningFromAnAbandonedRunIsSkippedNotCalledTwice() throws InterruptedException {
        try (Yardstick yardstick = runs.yardstick("yardstick.collectors.hang.timeout=300ms")) {
            RunReport first = yardstick.run(RunOptions.all());
            RunReport second = yardstick.run(RunOptions.all());
            assertEquals(CollectorOutcome.Status.TIMEOUT, byId(first).get("hang").status());
            assertEquals(CollectorOutcome.Status.STILL_RUNNING, byId(second).get("hang").status());
            assertEquals(CollectorOutcome.Status.SUCCESS, byId(second).get("points").status());
        }
        assertEquals(40, runs.collected().size());
    }

    @Test
    void aCollectorTimeoutKeepsTheSectionsThatFinished() throws InterruptedException {
        RunReport report = runs.runOnce("yardstick.collectors.points.unfinished-section=ci",
                "yardstick.collectors.points.timeout=7s");
        CollectorOutcome points = byId(report).get("points");
        assertEquals(CollectorOutcome.Status.TIMEOUT, points.status());
        assertEquals(20, points.pointCount());
        assertEquals("ci", points.failures().get(0).section());
        assertEachIndexOnce(runs.collected(), 20);
    }

    private static Map<String, CollectorOutcome> byId(RunReport report) {
        return report.outcomes().stream().collect(Collectors.toMap(CollectorOutcome::id, Function.identity()));
    }

    private void awaitRequest() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (runs.intake.requests(SERIES).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertFalse(runs.intake.requests(SERIES).isEmpty(), "the intake saw a request");
    }

    private List<Path> spoolFiles() throws IOException {
        Path spool = runs.spoolDir().resolve("datadog");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }
}
