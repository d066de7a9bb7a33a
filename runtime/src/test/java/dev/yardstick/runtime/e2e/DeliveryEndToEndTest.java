package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import dev.yardstick.testkit.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's acceptance scenarios, end to end: test collectors on the class path, the real pipeline and
 * Datadog sink, and the simulated intake on loopback, all on one fake clock.
 */
class DeliveryEndToEndTest {
    private final FakeClock clock = FakeClock.at(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private final Sandbox sandbox = Sandbox.builder().clock(clock).intakeApiKey("e2e-key").start();
    private final DatadogIntakeSimulator intake = sandbox.intake();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Yardstick yardstick(String... extraSets) {
        List<String> sets = new ArrayList<>(List.of(
                "yardstick.environment=e2e",
                "yardstick.plugins-dir=" + dir.resolve("plugins"),
                "yardstick.datadog.api-url=" + intake.baseUrl(),
                "yardstick.datadog.api-key=e2e-key",
                "yardstick.sinks.outbox.path=" + dir.resolve("outbox"),
                "yardstick.sinks.datadog.spool.path=" + dir.resolve("spool"),
                "yardstick.sinks.datadog.backoff-initial=1s",
                "yardstick.collectors.points.count=20"));
        sets.addAll(Arrays.asList(extraSets));
        ConfigSources sources = new ConfigSources(Optional.empty(), sets, dir, Map.of());
        return Yardstick.builder(sources).clock(clock).sleeper(clock::sleep).build();
    }

    private RunReport runOnce(String... extraSets) throws InterruptedException {
        try (Yardstick yardstick = yardstick(extraSets)) {
            return yardstick.run(RunOptions.all());
        }
    }

    private List<AcceptedPoint> collected() {
        return intake.acceptedPoints().stream().filter(point -> point.metric().equals("e2e.value")).toList();
    }

    private static void assertEachIndexOnce(List<AcceptedPoint> points, int count) {
        Map<String, Long> perIndex = points.stream().collect(Collectors.groupingBy(
                point -> point.tags().stream().filter(tag -> tag.startsWith("i:")).findFirst().orElseThrow(),
                Collectors.counting()));
        assertEquals(count, perIndex.size(), "distinct points delivered");
        perIndex.forEach((index, times) -> assertEquals(1L, times, index + " delivered more than once"));
    }

    private static SendResult datadog(RunReport report) {
        return report.sinks().get("datadog");
    }

    @Test
    void everyPointIsDeliveredOnceAndTheSelfTelemetryArrivesTaggedWithTheEnvironment() throws InterruptedException {
        RunReport report = runOnce();

        assertEquals(0, report.exitCode());
        assertEachIndexOnce(collected(), 20);
        assertTrue(intake.acceptedPoints().stream().anyMatch(point -> point.metric().equals("yardstick.collector.success")
                && point.tags().contains("collector:points") && point.tags().contains("env:e2e")));
        assertEquals(0, intake.rejectedCount());
    }

    @Test
    void serverErrorsAreRetriedAndEveryPointIsDeliveredExactlyOnce() throws InterruptedException {
        intake.faults().statusSequence("/api/v2/series", 500, 500);
        RunReport report = runOnce();

        assertEachIndexOnce(collected(), 20);
        assertTrue(datadog(report).retries() >= 2, "retries: " + datadog(report));
        assertEquals(0, datadog(report).droppedTotal());
    }

    @Test
    void aRateLimitResetIsWaitedOnTheClockAndThenDelivered() throws InterruptedException {
        intake.faults().statusSequence("/api/v2/series", FaultResponse.rateLimited(7));
        Instant before = clock.instant();
        runOnce();

        assertEachIndexOnce(collected(), 20);
        assertTrue(Duration.between(before, clock.instant()).getSeconds() >= 7, "waited on the fake clock");
    }

    @Test
    void aTooLargePayloadIsSplitAndDelivered() throws InterruptedException {
        intake.faults().statusSequence("/api/v2/series", 413);
        RunReport report = runOnce();

        assertEachIndexOnce(collected(), 20);
        assertEquals(0, datadog(report).droppedTotal());
    }

    @Test
    void aBadRequestDropsOnlyThatBatchAndCountsIt() throws InterruptedException {
        intake.faults().statusSequence("/api/v2/series", 400);
        RunReport report = runOnce("yardstick.sinks.datadog.max-raw-bytes=2000");

        long dropped = datadog(report).dropped().getOrDefault("bad_request", 0L);
        assertTrue(dropped > 0 && dropped < 20, "one small batch dropped: " + datadog(report));
        // The rejected batch is the first one, which holds the first collected points; every other batch arrived.
        assertEquals(20 - dropped, collected().size());
        assertEquals(1, report.exitCode());
    }

    @Test
    void anIntakeDownForAWholeRunIsSpooledAndReplayedByTheNextRun() throws InterruptedException {
        intake.faults().down();
        RunReport first = runOnce();
        assertTrue(datadog(first).spooled() >= 20, "spooled: " + datadog(first));
        assertEquals(List.of(), collected());

        intake.faults().up();
        clock.advance(Duration.ofMinutes(15));
        RunReport second = runOnce();

        List<AcceptedPoint> delivered = collected();
        assertEquals(40, delivered.size(), "20 replayed from the spool + 20 new");
        assertEquals(2, delivered.stream().map(AcceptedPoint::timestamp).distinct().count());
        assertEquals(0, datadog(second).droppedTotal());
    }

    @Test
    void aLongLivedProcessReplaysTheSpoolInItsNextRun() throws InterruptedException {
        try (Yardstick yardstick = yardstick()) {
            intake.faults().down();
            RunReport first = yardstick.run(RunOptions.all());
            assertTrue(datadog(first).spooled() >= 20, "spooled: " + datadog(first));

            intake.faults().up();
            clock.advance(Duration.ofMinutes(15));
            yardstick.run(RunOptions.all());
        }
        assertEquals(40, collected().size(), "the first run's 20 points replayed by the same process, plus 20 new");
    }

    @Test
    void spooledPointsOlderThan55MinutesAreDroppedAndCounted() throws InterruptedException {
        intake.faults().down();
        runOnce();
        intake.faults().up();
        clock.advance(Duration.ofMinutes(56));
        RunReport second = runOnce();

        assertEquals(20, collected().size(), "only the new run's points");
        assertTrue(datadog(second).dropped().getOrDefault("too_old", 0L) >= 20, "dropped: " + datadog(second));
    }

    @Test
    void aHangingCollectorTimesOutAndTheOthersAreDelivered() throws InterruptedException {
        RunReport report = runOnce("yardstick.collectors.hang.timeout=300ms");

        Map<String, CollectorOutcome> byId = report.outcomes().stream()
                .collect(Collectors.toMap(CollectorOutcome::id, Function.identity()));
        assertEquals(CollectorOutcome.Status.TIMEOUT, byId.get("hang").status());
        assertEquals(Set.of("hang", "points"), byId.keySet());
        assertEachIndexOnce(collected(), 20);
        assertEquals(1, report.exitCode());
        assertTrue(intake.acceptedPoints().stream().anyMatch(point -> point.metric().equals("yardstick.collector.timeout")
                && point.tags().contains("collector:hang") && point.value() == 1));
    }
}
