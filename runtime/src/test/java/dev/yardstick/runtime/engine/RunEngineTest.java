package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.ConsumerSink;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.PointsAssert;
import dev.yardstick.testkit.RecordingSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunEngineTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private final FakeClock clock = FakeClock.at(AT);
    private final RecordingSink recorded = new RecordingSink();

    private RunEngine engine(int parallelism, Set<String> sinkEnvironments) {
        RunSettings run = new RunSettings(Duration.ofSeconds(120), Duration.ofMinutes(12), parallelism,
                Duration.ofMinutes(15), Duration.ZERO, Duration.ofSeconds(20));
        PipelineSettings pipeline = new PipelineSettings("test", "1", Map.of("service", "yardstick"), 1000, 30);
        return new RunEngine(clock, run, pipeline,
                List.of(new ConfiguredSink(new ConsumerSink("recording", recorded), sinkEnvironments)),
                new Telemetry(), text -> text.replace("hunter2", "[REDACTED]"));
    }

    private static CollectorUnit unit(String id, Set<String> dependsOn, Duration timeout, Collector collector) {
        return new CollectorUnit(id, id.split("/")[0], dependsOn, collector, timeout, Map.of(), Map.of());
    }

    private static Collector emitting(String metric) {
        return request -> CollectResult.of(List.of(Gauge.of(metric, 1, request.at(), Tags.empty())));
    }

    @Test
    void aHangingCollectorTimesOutWhileTheOthersAreDelivered() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Collector hangsIgnoringInterrupts = request -> {
            clock.set(request.deadline().plusSeconds(10)); // past the hard timeout
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // a badly behaved collector swallows interruption; the engine must abandon it anyway
                }
            }
        };
        RunReport report = engine(4, Set.of()).run(List.of(
                unit("hang", Set.of(), Duration.ofMillis(300), hangsIgnoringInterrupts),
                unit("ok", Set.of(), Duration.ofSeconds(30), emitting("ok.value"))), AT, true);

        Map<String, CollectorOutcome> byId = byId(report);
        assertEquals(Status.TIMEOUT, byId.get("hang").status());
        assertEquals(Status.SUCCESS, byId.get("ok").status());
        assertEquals(1, report.exitCode());
        PointsAssert.assertThat(recorded.points())
                .hasGauge("ok.value", Tags.of("collector", "ok", "env", "test"), 1)
                .hasGauge("yardstick.collector.timeout", Tags.of("collector", "hang"), 1)
                .hasGauge("yardstick.collector.success", Tags.of("collector", "hang"), 0)
                .hasGauge("yardstick.collector.success", Tags.of("collector", "ok"), 1);
    }

    @Test
    void anExceptionFailsOnlyItsCollectorAndSecretsAreRedacted() throws InterruptedException {
        Collector throwing = request -> {
            throw new IllegalStateException("token hunter2 rejected");
        };
        RunReport report = engine(2, Set.of()).run(List.of(unit("bad", Set.of(), Duration.ofSeconds(5), throwing),
                unit("good", Set.of(), Duration.ofSeconds(5), emitting("good.value"))), AT, true);

        CollectorOutcome bad = byId(report).get("bad");
        assertEquals(FailureKind.INTERNAL, bad.failures().get(0).kind());
        assertTrue(bad.failures().get(0).message().contains("[REDACTED]"), bad.failures().toString());
        PointsAssert.assertThat(recorded.points()).hasGauge("good.value", Tags.empty(), 1)
                .hasGauge("yardstick.collector.success", Tags.of("collector", "bad"), 0);
    }

    @Test
    void derivedCollectorsRunAfterTheirInputsAndSeeTheirPoints() throws InterruptedException {
        Collector derived = request -> CollectResult.of(List.of(Gauge.of("health.score",
                request.inputs().named("github.value").size(), request.at(), Tags.empty())));
        RunReport report = engine(4, Set.of()).run(List.of(
                unit("health", Set.of("github"), Duration.ofSeconds(5), derived),
                unit("github", Set.of(), Duration.ofSeconds(5), emitting("github.value")),
                unit("github/oss", Set.of(), Duration.ofSeconds(5), emitting("github.value"))), AT, true);

        List<String> order = report.outcomes().stream().map(CollectorOutcome::id).toList();
        assertEquals("health", order.get(2));
        PointsAssert.assertThat(recorded.points()).hasGauge("health.score", Tags.empty(), 2);
    }

    @Test
    void derivedCollectorsSeeExactlyTheirDependenciesTaggedWhateverTheCompletionOrder() throws InterruptedException {
        Inputs aFirst = inputsSeenWhen("github/a");
        Inputs bFirst = inputsSeenWhen("github/b");

        assertEquals(aFirst.points(), bFirst.points());
        assertEquals(List.of("github/a", "github/b"), aFirst.points().stream()
                .map(point -> point.tags().get("collector").orElseThrow()).toList());
        aFirst.points().forEach(point -> {
            assertEquals("github", point.tags().get("source").orElseThrow());
            assertEquals("test", point.tags().get("env").orElseThrow());
        });
        assertEquals(Inputs.DependencyStatus.SUCCEEDED, aFirst.status("github"));
        assertEquals(Inputs.DependencyStatus.FAILED, aFirst.status("broken"));
        assertEquals(Inputs.DependencyStatus.ABSENT, aFirst.status("jira"));
        assertEquals(Inputs.DependencyStatus.ABSENT, aFirst.status("asana"), "not a dependency");
    }

    /** Runs two github instances, the named one finishing first, plus an unrelated and a failing collector. */
    private Inputs inputsSeenWhen(String firstToFinish) throws InterruptedException {
        CountDownLatch firstDone = new CountDownLatch(1);
        AtomicReference<Inputs> seen = new AtomicReference<>();
        Function<String, Collector> github = id -> request -> {
            if (!id.equals(firstToFinish)) {
                firstDone.await();
            }
            CollectResult result = CollectResult.of(List.of(Gauge.of("github.value", 1, request.at(), Tags.empty())));
            firstDone.countDown();
            return result;
        };
        Collector derived = request -> {
            seen.set(request.inputs());
            return CollectResult.of(List.of());
        };
        Collector broken = request -> {
            throw new IllegalStateException("down");
        };
        engine(4, Set.of()).run(List.of(
                unit("asana", Set.of(), Duration.ofSeconds(5), emitting("asana.value")),
                unit("health", Set.of("github", "broken", "jira"), Duration.ofSeconds(5), derived),
                unit("github/a", Set.of(), Duration.ofSeconds(5), github.apply("github/a")),
                unit("broken", Set.of(), Duration.ofSeconds(5), broken),
                unit("github/b", Set.of(), Duration.ofSeconds(5), github.apply("github/b"))), AT, true);
        return seen.get();
    }

    @Test
    void aDependencyWithSomeFailedSectionsIsPartial() throws InterruptedException {
        AtomicReference<Inputs> seen = new AtomicReference<>();
        Collector partial = request -> new CollectResult(List.of(Gauge.of("p.ok", 3, request.at(), Tags.empty())),
                List.of(new CollectFailure("ci", FailureKind.UPSTREAM_UNAVAILABLE, "502")));
        engine(2, Set.of()).run(List.of(unit("p", Set.of(), Duration.ofSeconds(5), partial),
                unit("d", Set.of("p"), Duration.ofSeconds(5), request -> {
                    seen.set(request.inputs());
                    return CollectResult.of(List.of());
                })), AT, true);
        assertEquals(Inputs.DependencyStatus.PARTIAL, seen.get().status("p"));
        assertEquals(1, seen.get().named("p.ok").size());
    }

    @Test
    void partialResultsAreDeliveredAndMakeTheRunPartial() throws InterruptedException {
        Collector partial = request -> new CollectResult(List.of(Gauge.of("p.ok", 3, request.at(), Tags.empty())),
                List.of(new CollectFailure("ci", FailureKind.RATE_LIMITED, "budget below floor")));
        RunReport report = engine(1, Set.of()).run(List.of(unit("p", Set.of(), Duration.ofSeconds(5), partial)),
                AT, true);

        assertEquals(1, report.exitCode());
        PointsAssert.assertThat(recorded.points()).hasGauge("p.ok", Tags.empty(), 3);
        assertTrue(recorded.points().stream().anyMatch(point -> point.name().equals("yardstick.collector.errors")
                && point.tags().get("kind").orElse("").equals("rate_limited")));
    }

    @Test
    void sinksRestrictedToOtherEnvironmentsReceiveNothing() throws InterruptedException {
        RunReport report = engine(1, Set.of("production")).run(List.of(unit("a", Set.of(), Duration.ofSeconds(5),
                emitting("a.value"))), AT, true);
        assertEquals(List.of(), recorded.points());
        assertEquals(0, report.exitCode());
    }

    @Test
    void aDryRunSendsNothing() throws InterruptedException {
        RunReport report = engine(1, Set.of()).run(List.of(unit("a", Set.of(), Duration.ofSeconds(5),
                emitting("a.value"))), AT, false);
        assertEquals(List.of(), recorded.points());
        assertTrue(report.pointsAfterPipeline() > 1);
    }

    @Test
    void successfulRunStampsLastSuccess() throws InterruptedException {
        engine(1, Set.of()).run(List.of(unit("a", Set.of(), Duration.ofSeconds(5), emitting("a.value"))), AT, true);
        List<MetricPoint> last = recorded.named("yardstick.run.last_success_timestamp");
        assertEquals(1, last.size());
        assertEquals((double) AT.getEpochSecond(), ((Gauge) last.get(0)).value());
    }

    private static Map<String, CollectorOutcome> byId(RunReport report) {
        return report.outcomes().stream().collect(Collectors.toMap(CollectorOutcome::id, Function.identity()));
    }
}
