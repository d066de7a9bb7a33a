package dev.yardstick.runtime.e2e;

import static dev.yardstick.runtime.e2e.IntakeRuns.assertEachIndexOnce;
import static dev.yardstick.runtime.e2e.IntakeRuns.datadog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's acceptance scenarios, end to end: test collectors on the class path, the real pipeline and
 * Datadog sink, and the simulated intake on loopback, all on one fake clock. The intake's faults are in
 * {@link DeliveryFaultMatrixTest}.
 */
class DeliveryEndToEndTest {
    @TempDir
    Path dir;

    private IntakeRuns runs;
    private FakeClock clock;
    private DatadogIntakeSimulator intake;

    @BeforeEach
    void start() {
        runs = new IntakeRuns(dir);
        clock = runs.clock;
        intake = runs.intake;
    }

    @AfterEach
    void stop() {
        runs.close();
    }

    private Yardstick yardstick(String... extraSets) {
        return runs.yardstick(extraSets);
    }

    private RunReport runOnce(String... extraSets) throws InterruptedException {
        return runs.runOnce(extraSets);
    }

    private java.util.List<dev.yardstick.sandbox.intake.AcceptedPoint> collected() {
        return runs.collected();
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
