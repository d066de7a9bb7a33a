package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run events a progress display hears, and the pipeline's drops attributed to their collector. */
class RunListenerTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final int SERIES_CAP = 3;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void runStarted(List<String> collectorIds) {
            events.add("run " + collectorIds);
        }

        @Override
        public void collectorStarted(String collectorId) {
            events.add("start " + collectorId);
        }

        @Override
        public void collectorFinished(CollectorOutcome outcome) {
            events.add("end " + outcome.id() + " " + outcome.status());
        }
    };

    private RunReport run(List<CollectorUnit> units) throws InterruptedException {
        RunSettings settings = new RunSettings(Duration.ofSeconds(120), Duration.ofMinutes(12), 1,
                Duration.ofMinutes(15), Duration.ZERO, Duration.ofSeconds(20));
        PipelineSettings pipeline = new PipelineSettings("test", "1", Map.of(), SERIES_CAP, 30);
        RunEngine engine = new RunEngine(FakeClock.at(AT), settings, pipeline,
                List.of(new ConfiguredSink(new ConsumerSink("recording", points -> { }), Set.of())), new Telemetry(),
                text -> text);
        return engine.run(units, AT, true, listener);
    }

    private static CollectorUnit unit(String id, Collector collector) {
        return new CollectorUnit(id, id, Set.of(), collector, Duration.ofSeconds(5), Map.of(), Map.of());
    }

    private static Collector series(int count, double value) {
        return request -> CollectResult.of(IntStream.range(0, count).<MetricPoint>mapToObj(i ->
                Gauge.of("wide.metric", value, request.at(), Tags.of("shard", "s" + i))).toList());
    }

    @Test
    void aListenerHearsEachCollectorWaitStartAndEndInOrder() throws InterruptedException {
        RunReport report = run(List.of(unit("first", series(1, 1)), unit("second", series(1, 1))));

        assertEquals(List.of("run [first, second]", "start first", "end first SUCCESS", "start second",
                "end second SUCCESS"), events);
        assertEquals(RunReport.OK, report.exitCode());
        assertEquals(Map.of(), report.pipelineDrops());
    }

    @Test
    void pointsOverTheSeriesCapAreALossAttributedToTheirCollector() throws InterruptedException {
        RunReport report = run(List.of(unit("tidy", series(2, 1)), unit("wide", series(SERIES_CAP + 4, 1))));

        // the cap counts a metric's series over the whole run: tidy's two came first, leaving wide one of three
        assertEquals(Map.of("wide", Map.of(RunReport.SERIES_CAP, 6L)), report.pipelineDrops());
        assertEquals(RunReport.PARTIAL, report.exitCode());
    }

    @Test
    void invalidValuesAreReportedButAreNoLoss() throws InterruptedException {
        RunReport report = run(List.of(unit("odd", series(2, Double.NaN))));

        assertEquals(Map.of("odd", Map.of("non_finite", 2L)), report.pipelineDrops());
        assertEquals(RunReport.OK, report.exitCode());
    }
}
