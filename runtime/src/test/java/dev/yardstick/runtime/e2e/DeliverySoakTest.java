package dev.yardstick.runtime.e2e;

import static dev.yardstick.runtime.e2e.IntakeRuns.datadog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.core.Faults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row R28 of the fault matrix: 200 accelerated runs (a fresh process's worth of state each, like the CronJob) on
 * one fake clock against an intake with a random fault per run. Every point handed to the Datadog sink is in the
 * end delivered exactly once or counted as dropped with a reason; the spool, the threads and the heap stay
 * bounded.
 */
class DeliverySoakTest {
    private static final int RUNS = 200;
    private static final String SERIES = "/api/v2/series";
    private static final List<Consumer<Faults>> FAULTS = List.of(
            faults -> { },
            faults -> faults.statusSequence(SERIES, 500, 503),
            faults -> faults.statusSequence(SERIES, FaultResponse.rateLimited(2)),
            faults -> faults.statusSequence(SERIES, FaultResponse.rateLimited(3600)),
            faults -> faults.statusSequence(SERIES, 413),
            faults -> faults.statusSequence(SERIES, 400),
            faults -> faults.statusSequence(SERIES, 404),
            faults -> faults.disconnect(SERIES, 2),
            Faults::down);

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
    void r28_twoHundredRunsWithRandomFaultsLoseNothingUnaccountedAndStayBounded() throws Exception {
        SplittableRandom random = new SplittableRandom(28);
        long handed = 0;
        long dropped = 0;
        int threadsAfterWarmUp = 0;
        long heapAfterWarmUp = 0;
        int mostSpoolFiles = 0;
        for (int run = 0; run < RUNS; run++) {
            runs.intake.faults().clear();
            runs.intake.faults().up();
            FAULTS.get(random.nextInt(FAULTS.size())).accept(runs.intake.faults());
            RunReport report = runs.runOnce("yardstick.sinks.datadog.max-raw-bytes=3000",
                    "yardstick.sinks.datadog.spool.max-bytes=64KiB");
            handed += report.pointsAfterPipeline();
            dropped += datadog(report).droppedTotal();
            mostSpoolFiles = Math.max(mostSpoolFiles, spoolFiles().size());
            runs.clock.advance(Duration.ofMinutes(1 + random.nextInt(20)));
            if (run == 20) {
                threadsAfterWarmUp = Thread.activeCount();
                heapAfterWarmUp = usedHeap();
            }
        }
        runs.intake.faults().clear();
        runs.intake.faults().up();
        RunReport last = runs.runOnce();
        handed += last.pointsAfterPipeline();
        dropped += datadog(last).droppedTotal();

        assertEquals(List.of(), spoolFiles(), "a healthy run empties the spool");
        assertEquals(handed, runs.intake.acceptedPoints().size() + dropped,
                "every point handed to the sink was delivered or counted as dropped");
        Map<String, Long> copies = runs.intake.acceptedPoints().stream()
                .filter(point -> point.metric().equals("e2e.value"))
                .collect(Collectors.groupingBy(point -> point.tags() + "@" + point.timestamp(), Collectors.counting()));
        assertTrue(copies.values().stream().allMatch(count -> count == 1), "no point delivered twice");
        assertTrue(mostSpoolFiles <= 64, "bounded spool: " + mostSpoolFiles + " files at most");
        assertTrue(Thread.activeCount() <= threadsAfterWarmUp + 8,
                "threads: " + threadsAfterWarmUp + " after warm-up, " + Thread.activeCount() + " at the end");
        assertTrue(usedHeap() <= heapAfterWarmUp + (64L << 20), "heap grew from " + heapAfterWarmUp);
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private List<Path> spoolFiles() throws IOException {
        Path spool = runs.spoolDir().resolve("datadog");
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(file -> !file.toString().endsWith(".corrupt")).toList();
        }
    }
}
