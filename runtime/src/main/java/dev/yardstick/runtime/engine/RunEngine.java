package dev.yardstick.runtime.engine;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.runtime.pipeline.Batch;
import dev.yardstick.runtime.pipeline.BatchOrigin;
import dev.yardstick.runtime.pipeline.Pipeline;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One run: collectors as a dependency graph, the points each emits or returns through the run's pipeline and on to
 * every sink as soon as they arrive (see {@link CollectorFeed} and {@link Delivery}), then the run's self-telemetry. Never throws for a collector or sink failure: those
 * end up in the {@link RunReport}.
 */
public final class RunEngine {
    private static final System.Logger LOG = System.getLogger(RunEngine.class.getName());
    private static final Duration INTAKE_PAST = Duration.ofHours(1);
    private static final Duration INTAKE_FUTURE = Duration.ofMinutes(10);

    private final Clock clock;
    private volatile Instant stopAt;
    private final RunSettings run;
    private final PipelineSettings pipelineSettings;
    private final List<ConfiguredSink> sinks;
    private final Telemetry telemetry;
    private final UnaryOperator<String> redact;
    private final java.util.Set<dev.yardstick.api.Collector> busy = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /**
     * Creates an engine.
     *
     * @param clock the clock for timestamps, deadlines and durations
     * @param run run settings
     * @param pipelineSettings pipeline settings
     * @param sinks every active sink
     * @param telemetry the process's self-telemetry recorder, drained at the end of each run
     * @param redact removes secret values from failure messages
     */
    public RunEngine(Clock clock, RunSettings run, PipelineSettings pipelineSettings, List<ConfiguredSink> sinks,
            Telemetry telemetry, UnaryOperator<String> redact) {
        this.clock = requireNonNull(clock);
        this.run = requireNonNull(run);
        this.pipelineSettings = requireNonNull(pipelineSettings);
        this.sinks = List.copyOf(sinks);
        this.telemetry = requireNonNull(telemetry);
        this.redact = requireNonNull(redact);
    }

    /**
     * Runs collectors and delivers what they produce.
     *
     * @param units the collectors to run
     * @param at the evaluation instant
     * @param deliver false for a dry run: points go through the pipeline but to no sink
     * @return the report
     * @throws InterruptedException if the run was interrupted
     */
    public RunReport run(List<CollectorUnit> units, Instant at, boolean deliver) throws InterruptedException {
        return run(units, at, deliver, RunListener.NONE);
    }

    /**
     * Runs collectors and delivers what they produce, telling a listener as it goes. The report keeps no points.
     *
     * @param units the collectors to run
     * @param at the evaluation instant
     * @param deliver false for a dry run: points go through the pipeline but to no sink
     * @param listener hears collectors start and finish
     * @return the report
     * @throws InterruptedException if the run was interrupted
     */
    public RunReport run(List<CollectorUnit> units, Instant at, boolean deliver, RunListener listener)
            throws InterruptedException {
        return run(units, at, deliver, listener, false);
    }

    /**
     * Runs collectors and delivers what they produce, telling a listener as it goes. Each collector's points go
     * through the pipeline to the sinks in chunks as it emits them and as it finishes, and are not held once
     * delivered, unless
     * {@code keepPoints} asks for them in the report.
     *
     * @param units the collectors to run
     * @param at the evaluation instant
     * @param deliver false for a dry run: points go through the pipeline but to no sink
     * @param listener hears collectors start and finish
     * @param keepPoints true to keep every collector's processed points in {@link RunReport#processed()}, which
     *     holds the whole run in memory
     * @return the report
     * @throws InterruptedException if the run was interrupted
     */
    public RunReport run(List<CollectorUnit> units, Instant at, boolean deliver, RunListener listener,
            boolean keepPoints) throws InterruptedException {
        Instant started = clock.instant();
        PipelineDrops drops = new PipelineDrops(telemetry);
        listener.runStarted(units.stream().map(CollectorUnit::id).toList());
        if (deliver) {
            warnOutsideIntakeWindow(at, started); // collect and dry runs send nothing, so nothing is refused
        }
        Pipeline pipeline = Pipeline.standard(pipelineSettings, telemetry);
        sinks.forEach(configured -> configured.sink().beginRun());
        List<CollectorOutcome> outcomes = new ArrayList<>();
        Instant sendDeadline = started.plus(run.deadline());
        Delivery delivery = new Delivery(deliver ? this::send : (points, deadline) -> Map.of(), sendDeadline,
                run.deadline().plus(run.shutdownGrace()));
        CollectorFeed feed = new CollectorFeed(pipeline, drops, delivery, keepPoints);
        new CollectorScheduler(clock, run.parallelism(), redact, busy, listener).run(units, at, sendDeadline,
                () -> stopAt != null, new CollectorScheduler.Finisher() {
                    @Override
                    public CollectorFeed.Collection open(CollectorUnit unit, boolean keepTagged) {
                        return feed.open(origin(unit), keepTagged);
                    }

                    @Override
                    public void finished(CollectorOutcome outcome) {
                        outcomes.add(outcome);
                        record(outcome);
                        listener.collectorFinished(outcome);
                    }
                });
        Map<String, SendResult> results = delivery.finish();
        Duration took = Duration.between(started, clock.instant());
        RunReport partial = new RunReport(at, outcomes, feed.processed(), results, feed.handed(), took)
                .withPipelineDrops(drops.byCollector());
        recordRun(partial, took);
        List<MetricPoint> self = pipeline.apply(new Batch(BatchOrigin.SELF, telemetry.drain(clock.instant(), took)))
                .points();
        if (deliver) {
            send(self, sendDeadline).forEach((name, result) -> results.merge(name, result, SendResult::plus));
        }
        return new RunReport(at, outcomes, feed.processed(), results, feed.handed() + self.size(), took)
                .withPipelineDrops(drops.byCollector());
    }

    /**
     * Stops the run in progress, if any, for a process shutdown: no collector starts any more, those running are
     * abandoned, and every sink sends until {@code by} and spools what is left.
     *
     * @param by when everything in flight must be delivered or spooled
     */
    public void shutdown(Instant by) {
        stopAt = by;
        sinks.forEach(configured -> configured.sink().cutoff(by));
    }

    /**
     * Tells whether {@link #shutdown} was called.
     *
     * @return true once the engine is stopping
     */
    public boolean stopping() {
        return stopAt != null;
    }

    private void warnOutsideIntakeWindow(Instant at, Instant now) {
        if (at.isBefore(now.minus(INTAKE_PAST)) || at.isAfter(now.plus(INTAKE_FUTURE))) {
            LOG.log(System.Logger.Level.WARNING, "evaluation instant {0} is outside the window Datadog accepts"
                    + " (1 h before to 10 min after now, {1}): the intake will refuse these points, which are"
                    + " dropped and counted as too_old or in_future", at, now);
        }
    }

    /**
     * Sends points of the runtime's own (such as a test metric) through the pipeline to every sink.
     *
     * @param points the points
     * @return the result of each sink
     */
    public Map<String, SendResult> deliver(List<MetricPoint> points) {
        List<MetricPoint> out = Pipeline.standard(pipelineSettings, telemetry)
                .apply(new Batch(BatchOrigin.SELF, points)).points();
        return send(out, clock.instant().plus(run.deadline()));
    }

    private static BatchOrigin origin(CollectorUnit unit) {
        return new BatchOrigin(unit.id(), unit.type(), unit.tags(), unit.tagOrder());
    }

    private Map<String, SendResult> send(List<MetricPoint> points, Instant deadline) {
        Map<String, SendResult> results = new LinkedHashMap<>();
        for (ConfiguredSink configured : sinks) {
            if (!configured.accepts(pipelineSettings.environment()) || points.isEmpty()) {
                continue;
            }
            SendResult result = configured.sink().send(points, deadline);
            results.put(configured.sink().name(), result);
            recordSink(configured.sink().name(), result);
        }
        return results;
    }

    private void record(CollectorOutcome outcome) {
        Tags tags = Tags.of("collector", outcome.id());
        telemetry.gauge("yardstick.collector.success", tags, outcome.succeeded() ? 1 : 0, Unit.NONE);
        telemetry.gauge("yardstick.collector.duration_seconds", tags, outcome.duration().toMillis() / 1000.0,
                Unit.SECOND);
        telemetry.gauge("yardstick.collector.points", tags, outcome.pointCount(), Unit.POINT);
        telemetry.gauge("yardstick.collector.timeout", tags,
                outcome.status() == CollectorOutcome.Status.TIMEOUT ? 1 : 0, Unit.NONE);
        Map<FailureKind, Long> byKind = new EnumMap<>(FailureKind.class);
        outcome.failures().stream().map(CollectFailure::kind).forEach(kind -> byKind.merge(kind, 1L, Long::sum));
        byKind.forEach((kind, count) -> telemetry.increment("yardstick.collector.errors",
                tags.and("kind", kind.name().toLowerCase(java.util.Locale.ROOT)), count));
    }

    private void recordSink(String name, SendResult result) {
        Tags tags = Tags.of("sink", name);
        telemetry.increment("yardstick.sink.points_sent", tags, result.sent());
        telemetry.increment("yardstick.sink.retries", tags, result.retries());
        result.dropped().forEach((reason, count) ->
                telemetry.increment("yardstick.sink.points_dropped", tags.and("reason", reason), count));
    }

    private void recordRun(RunReport report, Duration took) {
        telemetry.gauge("yardstick.run.duration_seconds", Tags.empty(), took.toMillis() / 1000.0, Unit.SECOND);
        if (report.exitCode() == RunReport.OK) {
            telemetry.gauge("yardstick.run.last_success_timestamp", Tags.empty(), clock.instant().getEpochSecond(),
                    Unit.SECOND);
        }
    }
}
