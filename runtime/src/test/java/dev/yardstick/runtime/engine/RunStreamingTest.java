package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.ConsumerSink;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.RecordingSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A run streams each collector's points to the sinks in chunks and keeps them only when asked. */
class RunStreamingTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final int POINTS = 2 * CollectorFeed.CHUNK + CollectorFeed.CHUNK / 2;
    private final FakeClock clock = FakeClock.at(AT);
    private final RecordingSink recorded = new RecordingSink();

    private RunEngine engine(int maxSeriesPerMetric) {
        return engine(clock, recorded, maxSeriesPerMetric);
    }

    /** An engine with parallelism 2, one recording sink and the given series cap; shared with {@link RunEmitTest}. */
    static RunEngine engine(FakeClock clock, RecordingSink recorded, int maxSeriesPerMetric) {
        RunSettings run = new RunSettings(Duration.ofSeconds(120), Duration.ofMinutes(12), 2,
                Duration.ofMinutes(15), Duration.ZERO, Duration.ofSeconds(20));
        PipelineSettings pipeline = new PipelineSettings("test", "1", Map.of(), maxSeriesPerMetric, 30);
        return new RunEngine(clock, run, pipeline,
                List.of(new ConfiguredSink(new ConsumerSink("recording", recorded), Set.of())), new Telemetry(),
                text -> text);
    }

    /** A collector emitting one gauge per series number, in the given order. */
    private static CollectorUnit big(List<Integer> series) {
        Collector collector = request -> CollectResult.of(series.stream().map(i -> (MetricPoint) Gauge.of(
                "big.value", i, request.at(), Tags.of("series", Integer.toString(i)))).toList());
        return new CollectorUnit("big", "big", Set.of(), collector, Duration.ofSeconds(30), Map.of(),
                Map.of());
    }

    private List<Double> values(List<MetricPoint> points) {
        return points.stream().filter(point -> point.name().equals("big.value"))
                .map(point -> ((Gauge) point).value()).toList();
    }

    @Test
    void aLargeCollectorReachesTheSinksInChunksInItsOwnOrderAndTheReportKeepsOnlyCounts()
            throws InterruptedException {
        List<Integer> series = IntStream.range(0, POINTS).map(i -> POINTS - 1 - i).boxed().toList();
        RunReport report = engine(1_000_000).run(List.of(big(series)), AT, true, RunListener.NONE);

        List<Integer> sizes = recorded.batches().stream().map(List::size).toList();
        assertEquals(List.of(CollectorFeed.CHUNK, CollectorFeed.CHUNK, CollectorFeed.CHUNK / 2), sizes.subList(0, 3));
        assertEquals(series.stream().map(Integer::doubleValue).toList(), values(recorded.points()));
        assertEquals(Map.of(), report.processed());
        assertEquals(POINTS, report.pointsCollected());
        assertEquals(POINTS, report.outcomes().get(0).pointCount());
        assertEquals(recorded.points().size(), report.pointsAfterPipeline());
        assertEquals(List.of((double) POINTS), recorded.named("yardstick.collector.points").stream()
                .map(point -> ((Gauge) point).value()).toList());
    }

    @Test
    void aRunAskedToKeepPointsReportsWhatTheSinksReceived() throws InterruptedException {
        List<Integer> series = IntStream.range(0, POINTS).boxed().toList();
        RunReport report = engine(1_000_000).run(List.of(big(series)), AT, false, RunListener.NONE, true);

        List<MetricPoint> kept = report.processed().get("big");
        assertEquals(series.stream().map(Integer::doubleValue).toList(), values(kept));
        assertEquals("big", kept.get(0).tags().get("collector").orElseThrow());
        assertEquals(List.of(), recorded.points(), "a dry run");
    }

    @Test
    void theSeriesCapCountsAcrossChunksAsOverTheWholeList() throws InterruptedException {
        int cap = CollectorFeed.CHUNK + CollectorFeed.CHUNK / 5;
        int distinct = CollectorFeed.CHUNK + CollectorFeed.CHUNK / 2;
        // every series once, then the first CHUNK series again: repeats of kept series stay, new ones over the cap go
        List<Integer> series = IntStream.concat(IntStream.range(0, distinct), IntStream.range(0, CollectorFeed.CHUNK))
                .boxed().toList();
        RunReport report = engine(cap).run(List.of(big(series)), AT, true, RunListener.NONE);

        List<Double> expected = series.stream().filter(i -> i < cap).map(Integer::doubleValue).toList();
        assertEquals(expected, values(recorded.points()));
        assertEquals(Map.of("big", Map.of(RunReport.SERIES_CAP, (long) (distinct - cap))), report.pipelineDrops());
        assertEquals(RunReport.PARTIAL, report.exitCode());
        assertTrue(recorded.batches().stream().allMatch(batch -> batch.size() <= CollectorFeed.CHUNK));
    }
}
