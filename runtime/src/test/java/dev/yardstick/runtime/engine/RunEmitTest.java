package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.PointEmitter;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.RecordingSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Collectors that emit points while they run: the points take the same way as returned ones, as they arrive. */
class RunEmitTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final int PART = CollectorFeed.CHUNK / 2;
    private final FakeClock clock = FakeClock.at(AT);
    private final RecordingSink recorded = new RecordingSink();

    private RunEngine engine(int maxSeriesPerMetric) {
        return RunStreamingTest.engine(clock, recorded, maxSeriesPerMetric);
    }

    private static CollectorUnit unit(String id, Set<String> dependsOn, Collector collector) {
        return new CollectorUnit(id, id, dependsOn, collector, Duration.ofSeconds(30), Map.of(), Map.of());
    }

    /** One gauge per series number in [from, to), as a collector would build a part of its points. */
    private static List<MetricPoint> gauges(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> (MetricPoint) Gauge.of("big.value", i, AT,
                Tags.of("series", Integer.toString(i)))).toList();
    }

    private static List<Double> values(List<MetricPoint> points) {
        return points.stream().filter(point -> point.name().equals("big.value"))
                .map(point -> ((Gauge) point).value()).toList();
    }

    /** Emits three parts of {@value #PART} points, then returns a fourth. */
    private static Collector threePartsThenMore() {
        return request -> {
            for (int part = 0; part < 3; part++) {
                request.emitter().emit(gauges(part * PART, (part + 1) * PART));
            }
            return CollectResult.of(gauges(3 * PART, 4 * PART));
        };
    }

    @Test
    void emittedPartsThenReturnedPointsReachTheSinksOnceInOrderThroughThePipeline() throws InterruptedException {
        RunReport report = engine(1_000_000).run(List.of(unit("big", Set.of(), threePartsThenMore())), AT, true,
                RunListener.NONE, true);

        List<MetricPoint> delivered = recorded.points().stream().filter(p -> p.name().equals("big.value")).toList();
        assertEquals(IntStream.range(0, 4 * PART).mapToObj(i -> (double) i).toList(), values(delivered));
        assertTrue(delivered.stream().allMatch(p -> p.tags().get("collector").orElseThrow().equals("big")
                && p.tags().get("env").orElseThrow().equals("test")), "the pipeline tagged every point");
        assertTrue(recorded.batches().stream().allMatch(batch -> batch.size() <= CollectorFeed.CHUNK));
        assertEquals(4 * PART, report.outcomes().get(0).pointCount());
        assertEquals(List.of((double) 4 * PART), recorded.named("yardstick.collector.points").stream()
                .map(point -> ((Gauge) point).value()).toList());
        assertEquals(values(delivered), values(report.processed().get("big")), "collect --json sees them all");
    }

    @Test
    void theSeriesCapCountsAcrossEmittedAndReturnedPoints() throws InterruptedException {
        int cap = 2 * PART + PART / 2;
        RunReport report = engine(cap).run(List.of(unit("big", Set.of(), threePartsThenMore())), AT, true);

        assertEquals(IntStream.range(0, cap).mapToObj(i -> (double) i).toList(), values(recorded.points()));
        assertEquals(Map.of("big", Map.of(RunReport.SERIES_CAP, (long) (4 * PART - cap))), report.pipelineDrops());
        assertEquals(RunReport.PARTIAL, report.exitCode());
    }

    @Test
    void pointsEmittedBeforeATimeoutAreDeliveredAndTheOutcomeIsATimeout() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Collector emitsThenHangs = request -> {
            request.emitter().emit(gauges(0, 3));
            clock.set(request.deadline().plusSeconds(10)); // past the hard timeout
            never.await();
            return CollectResult.of(gauges(3, 4));
        };
        RunReport report = engine(1_000).run(List.of(unit("slow", Set.of(), emitsThenHangs)), AT, true);

        CollectorOutcome outcome = report.outcomes().get(0);
        assertEquals(Status.TIMEOUT, outcome.status());
        assertEquals(3, outcome.pointCount());
        assertEquals(List.of(0.0, 1.0, 2.0), values(recorded.points()));
    }

    @Test
    void anEmitAfterTheCollectionEndedIsRefused() throws InterruptedException {
        AtomicReference<PointEmitter> kept = new AtomicReference<>();
        Collector keepsTheEmitter = request -> {
            kept.set(request.emitter());
            request.emitter().emit(gauges(0, 1));
            return CollectResult.of(List.of());
        };
        engine(1_000).run(List.of(unit("leaky", Set.of(), keepsTheEmitter)), AT, true);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> kept.get().emit(gauges(1, 2)));
        assertTrue(refused.getMessage().contains("'leaky'") && refused.getMessage().contains("after its collection"
                + " ended"), refused.getMessage());
        assertEquals(List.of(0.0), values(recorded.points()));
    }

    @Test
    void anEmitAfterTheCollectorWasAbandonedIsRefused() throws Exception {
        CountDownLatch runEnded = new CountDownLatch(1);
        CompletableFuture<Throwable> late = new CompletableFuture<>();
        Collector emitsAfterItsTimeout = request -> {
            request.emitter().emit(gauges(0, 1));
            clock.set(request.deadline().plusSeconds(10));
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException abandoned) {
                runEnded.await(10, TimeUnit.SECONDS);
                try {
                    request.emitter().emit(gauges(1, 2));
                    late.complete(null);
                } catch (RuntimeException refused) {
                    late.complete(refused);
                }
            }
            return CollectResult.of(List.of());
        };
        RunReport report = engine(1_000).run(List.of(unit("late", Set.of(), emitsAfterItsTimeout)), AT, true);
        runEnded.countDown();

        assertTrue(late.get(10, TimeUnit.SECONDS) instanceof IllegalStateException, String.valueOf(late.get()));
        assertEquals(1, report.outcomes().get(0).pointCount());
        assertEquals(List.of(0.0), values(recorded.points()));
    }

    @Test
    void aDerivedCollectorSeesItsDependencysEmittedPointsTaggedAndInOrder() throws InterruptedException {
        AtomicReference<List<MetricPoint>> seen = new AtomicReference<>();
        Collector derived = request -> {
            seen.set(request.inputs().named("big.value"));
            return CollectResult.of(List.of());
        };
        Collector dependency = request -> {
            request.emitter().emit(gauges(0, 2));
            request.emitter().emit(gauges(2, 3));
            return CollectResult.of(gauges(3, 4));
        };
        engine(1_000).run(List.of(unit("derived", Set.of("big"), derived), unit("big", Set.of(), dependency)), AT,
                true);

        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), values(seen.get()));
        assertTrue(seen.get().stream().allMatch(p -> p.tags().get("collector").orElseThrow().equals("big")));
    }

    @Test
    void pointsTakenBeforeAnEmitWasInterruptedAreStillDeliveredAndCounted() throws InterruptedException {
        Collector interruptedWhileSending = request -> {
            Thread.currentThread().interrupt(); // as the runtime does to a collector it abandons
            try {
                request.emitter().emit(gauges(0, CollectorFeed.CHUNK));
            } catch (InterruptedException abandoned) {
                return CollectResult.of(gauges(CollectorFeed.CHUNK, CollectorFeed.CHUNK + 1));
            }
            throw new AssertionError("a full send waits for the sinks, which an interrupted thread cannot");
        };
        RunReport report = engine(1_000_000).run(List.of(unit("cut", Set.of(), interruptedWhileSending)), AT,
                true);

        assertEquals(CollectorFeed.CHUNK + 1, report.outcomes().get(0).pointCount());
        assertEquals(IntStream.rangeClosed(0, CollectorFeed.CHUNK).mapToObj(i -> (double) i).toList(),
                values(recorded.points()));
    }

    @Test
    void aFailureAfterEmittingKeepsTheEmittedPoints() throws InterruptedException {
        Collector emitsThenThrows = request -> {
            List<MetricPoint> part = new ArrayList<>(gauges(0, 2));
            request.emitter().emit(part);
            part.clear(); // the emitter holds no reference to the caller's list
            throw new IllegalStateException("upstream broke");
        };
        RunReport report = engine(1_000).run(List.of(unit("broken", Set.of(), emitsThenThrows)), AT, true);

        assertEquals(Status.FAILED, report.outcomes().get(0).status());
        assertEquals(2, report.outcomes().get(0).pointCount());
        assertEquals(List.of(0.0, 1.0), values(recorded.points()));
    }
}
