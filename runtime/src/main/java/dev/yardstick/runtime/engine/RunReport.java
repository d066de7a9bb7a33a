package dev.yardstick.runtime.engine;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did: every collector's outcome, what each sink did with the points, and the exit code.
 *
 * @param at the evaluation instant
 * @param outcomes one per collector, in completion order
 * @param processed each collector's points as they left the pipeline, by collector id, when the run was asked to
 *     keep them ({@code RunOptions.keepingPoints()}); otherwise empty, since a run streams its points to the sinks
 *     and does not hold them
 * @param sinks results by sink name (collected points and self-telemetry together), in sink order
 * @param pointsAfterPipeline points handed to the sinks
 * @param duration how long the run took
 * @param pipelineDrops points the pipeline dropped, by collector id, then by reason ({@value #SERIES_CAP},
 *     {@code invalid_name}, {@code non_finite})
 */
public record RunReport(Instant at, List<CollectorOutcome> outcomes, Map<String, List<MetricPoint>> processed,
        Map<String, SendResult> sinks,
        long pointsAfterPipeline, Duration duration, Map<String, Map<String, Long>> pipelineDrops) {

    /** The drop reason of points over {@code yardstick.pipeline.max-series-per-metric}: a loss, exit code 1. */
    public static final String SERIES_CAP = "series_cap";

    /** Exit code of a run in which every collector succeeded and every sink delivered or spooled everything. */
    public static final int OK = 0;
    /** Exit code of a run with a failed or timed-out collector, or points a sink dropped or had to spool. */
    public static final int PARTIAL = 1;
    /** Exit code of a usage or configuration error. */
    public static final int CONFIG_ERROR = 2;
    /**
     * Exit code of a run stopped by SIGTERM within its grace period, every collected point delivered or spooled
     * (collectors that had not finished are lost for this run).
     */
    public static final int STOPPED = 3;

    /** Copies. */
    public RunReport {
        outcomes = List.copyOf(outcomes);
        processed = Collections.unmodifiableMap(new LinkedHashMap<>(processed));
        sinks = Collections.unmodifiableMap(new LinkedHashMap<>(sinks));
        Map<String, Map<String, Long>> drops = new LinkedHashMap<>();
        pipelineDrops.forEach((id, reasons) -> drops.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(reasons))));
        pipelineDrops = Collections.unmodifiableMap(drops);
    }

    /**
     * A report of a run in which the pipeline dropped nothing.
     *
     * @param at the evaluation instant
     * @param outcomes one per collector
     * @param processed each collector's points after the pipeline, if kept
     * @param sinks results by sink name
     * @param pointsAfterPipeline points handed to the sinks
     * @param duration how long the run took
     */
    public RunReport(Instant at, List<CollectorOutcome> outcomes, Map<String, List<MetricPoint>> processed,
            Map<String, SendResult> sinks, long pointsAfterPipeline, Duration duration) {
        this(at, outcomes, processed, sinks, pointsAfterPipeline, duration, Map.of());
    }

    /**
     * Returns this report with the pipeline's drops.
     *
     * @param drops by collector id, then by reason
     * @return the report
     */
    public RunReport withPipelineDrops(Map<String, Map<String, Long>> drops) {
        return new RunReport(at, outcomes, processed, sinks, pointsAfterPipeline, duration, drops);
    }

    /**
     * Returns the exit code: 0 when every collector succeeded and every point was delivered, 1 otherwise
     * (partial data is still delivered; spooled points wait for the next run). Points the pipeline dropped for the
     * series cap are a loss too; points with invalid names or values are not (they could never be delivered).
     *
     * @return the exit code
     */
    public int exitCode() {
        boolean collectorsOk = outcomes.stream().allMatch(CollectorOutcome::succeeded);
        boolean sinksOk = sinks.values().stream()
                .allMatch(result -> result.droppedTotal() == 0 && result.spooled() == 0);
        boolean pipelineOk = pipelineDrops.values().stream().noneMatch(reasons -> reasons.containsKey(SERIES_CAP));
        return collectorsOk && sinksOk && pipelineOk ? OK : PARTIAL;
    }

    /**
     * Returns the number of points the collectors produced.
     *
     * @return the sum over collectors
     */
    public long pointsCollected() {
        return outcomes.stream().mapToLong(CollectorOutcome::pointCount).sum();
    }
}
