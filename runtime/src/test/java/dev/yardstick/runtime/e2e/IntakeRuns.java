package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import dev.yardstick.testkit.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fixture of the end-to-end delivery tests: the simulated intake on loopback and runs of the test collectors
 * through the real pipeline and Datadog sink, all on one fake clock.
 */
final class IntakeRuns implements AutoCloseable {
    final FakeClock clock = FakeClock.at(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    final Sandbox sandbox = Sandbox.builder().clock(clock).intakeApiKey("e2e-key").start();
    final DatadogIntakeSimulator intake = sandbox.intake();
    private final Path dir;

    IntakeRuns(Path dir) {
        this.dir = dir;
    }

    Yardstick yardstick(String... extraSets) {
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

    RunReport runOnce(String... extraSets) throws InterruptedException {
        try (Yardstick yardstick = yardstick(extraSets)) {
            return yardstick.run(RunOptions.all());
        }
    }

    Path spoolDir() {
        return dir.resolve("spool");
    }

    List<AcceptedPoint> collected() {
        return intake.acceptedPoints().stream().filter(point -> point.metric().equals("e2e.value")).toList();
    }

    static void assertEachIndexOnce(List<AcceptedPoint> points, int count) {
        Map<String, Long> perIndex = points.stream().collect(Collectors.groupingBy(
                point -> point.tags().stream().filter(tag -> tag.startsWith("i:")).findFirst().orElseThrow(),
                Collectors.counting()));
        assertEquals(count, perIndex.size(), "distinct points delivered");
        perIndex.forEach((index, times) -> assertEquals(1L, times, index + " delivered more than once"));
    }

    static SendResult datadog(RunReport report) {
        return report.sinks().get("datadog");
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
