package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes against the simulated intake: {@code yardstick run} in child JVMs sharing one spool, stopped with
 * SIGTERM and SIGKILL at random points while the intake fails, then two runs at once on that spool, then a healthy
 * run; every point is counted at the intake: none delivered twice, none of a gracefully stopped run lost.
 */
class RunProcessFaultTest {
    private static final String KEY = "process-test-key";

    @TempDir
    Path work;

    @Test
    void signalsKillsAndConcurrentRunsOnOneSpoolLoseAndDuplicateNothing() throws Exception {
        SplittableRandom random = new SplittableRandom(System.nanoTime());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Sandbox sandbox = Sandbox.builder().intakeApiKey(KEY).start()) {
            sandbox.intake().faults().down();
            Instant termAt = now.minus(Duration.ofMinutes(6));
            Process term = start(sandbox, termAt, "term");
            awaitFirstRequest(sandbox, term);
            Thread.sleep(random.nextInt(1500));
            term.destroy();
            assertTrue(term.waitFor(30, TimeUnit.SECONDS), "stopped within the grace period");
            assertEquals(3, term.exitValue(), "exit code of a run stopped with everything spooled: " + err("term"));

            Instant killAt = now.minus(Duration.ofMinutes(5));
            Process kill = start(sandbox, killAt, "kill");
            Thread.sleep(1500 + random.nextInt(3000));
            kill.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            sandbox.intake().faults().up();
            sandbox.intake().faults().latency(Duration.ofMillis(100));
            Instant firstAt = now.minus(Duration.ofMinutes(4));
            Instant secondAt = now.minus(Duration.ofMinutes(3));
            Process first = start(sandbox, firstAt, "first");
            Process second = start(sandbox, secondAt, "second");
            assertTrue(first.waitFor(2, TimeUnit.MINUTES) && second.waitFor(2, TimeUnit.MINUTES));
            sandbox.intake().faults().latency(Duration.ZERO);
            Instant healthyAt = now.minus(Duration.ofMinutes(2));
            Process healthy = start(sandbox, healthyAt, "healthy");
            assertTrue(healthy.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, healthy.exitValue(), err("healthy"));

            List<AcceptedPoint> github = sandbox.intake().acceptedPoints().stream()
                    .filter(point -> point.metric().startsWith("github.")).toList();
            Map<String, Long> copies = github.stream().collect(Collectors.groupingBy(
                    point -> point.metric() + point.tags() + "@" + point.timestamp(), Collectors.counting()));
            copies.forEach((point, count) -> assertEquals(1L, count, point + " delivered " + count + " times"));
            long perRun = count(github, healthyAt);
            assertTrue(perRun > 0, "the healthy run delivered");
            for (Instant at : List.of(termAt, firstAt, secondAt)) {
                assertEquals(perRun, count(github, at), "every point of the run at " + at + " arrived");
            }
            assertTrue(count(github, killAt) <= perRun);
        }
    }

    private static long count(List<AcceptedPoint> points, Instant at) {
        return points.stream().filter(point -> point.timestamp() == at.getEpochSecond()).count();
    }

    private Process start(Sandbox sandbox, Instant at, String name) throws Exception {
        GithubSimulator github = sandbox.github();
        String repos = github.dataSet().repos().stream().map(repo -> "\"" + repo.fullName() + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--collectors", "github", "--at", at.toString()));
        for (String set : List.of("yardstick.environment=process-test",
                "yardstick.plugins-dir=\"" + work.resolve("plugins") + "\"",
                "yardstick.datadog.api-url=" + sandbox.intake().baseUrl(), "yardstick.datadog.api-key=" + KEY,
                "yardstick.sinks.outbox.path=\"" + work.resolve(name + "-outbox") + "\"",
                "yardstick.sinks.datadog.spool.path=\"" + work.resolve("spool") + "\"",
                "yardstick.sinks.datadog.backoff-initial=300ms", "yardstick.sinks.datadog.max-raw-bytes=4000",
                "yardstick.run.shutdown-grace=8s",
                "yardstick.collectors.github.api-url=" + github.baseUrl(),
                "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN,
                "yardstick.collectors.github.repos=" + repos)) {
            command.add("--set");
            command.add(set);
        }
        return new ProcessBuilder(command).directory(new File(".")).redirectOutput(work.resolve(name + ".out")
                .toFile()).redirectError(work.resolve(name + ".err").toFile()).start();
    }

    private static void awaitFirstRequest(Sandbox sandbox, Process process) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sandbox.intake().requestCount() == 0 && process.isAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    private String err(String name) throws Exception {
        return Files.readString(work.resolve(name + ".err"), StandardCharsets.UTF_8);
    }
}
