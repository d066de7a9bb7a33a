package dev.yardstick.runtime.engine;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.pipeline.Batch;
import dev.yardstick.runtime.pipeline.BatchOrigin;
import dev.yardstick.runtime.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes each finished collector's points through the run's pipeline to {@link Delivery}, {@value #CHUNK} points at a
 * time, so that the processed copy of a large collector is never whole in memory: at most the chunk in the
 * pipeline and those {@link Delivery} holds. Chunks go in collector order and, within a collector, in the
 * collector's order, through one pipeline, so the cardinality guard sees the points exactly as it would see the
 * whole list, and the sinks receive them in a deterministic order. Used on the run's thread only.
 */
final class CollectorFeed {
    /**
     * Points per chunk: each chunk is one send, so a sink's requests carry up to this many points (Datadog's v2
     * series intake takes about 35,000 of ours per request; at least 3,000 per request is the design rule), while two
     * chunks in memory stay a few megabytes.
     */
    static final int CHUNK = 10_000;

    private final Pipeline pipeline;
    private final PipelineDrops drops;
    private final Delivery delivery;
    private final boolean keepPoints;
    private final Map<String, List<MetricPoint>> processed = new LinkedHashMap<>();
    private long handed;

    /**
     * Creates the feed of one run.
     *
     * @param pipeline the run's pipeline
     * @param drops attributes the pipeline's drops to collectors
     * @param delivery the run's sends
     * @param keepPoints true to keep every collector's processed points for the report
     */
    CollectorFeed(Pipeline pipeline, PipelineDrops drops, Delivery delivery, boolean keepPoints) {
        this.pipeline = pipeline;
        this.drops = drops;
        this.delivery = delivery;
        this.keepPoints = keepPoints;
    }

    /**
     * Takes one collector's points through the pipeline to the sinks.
     *
     * @param origin the collector
     * @param points its points, which are not kept
     * @param keepTagged true to return the processed points (a collector still to start depends on them)
     * @return the processed points when {@code keepTagged}, else an empty list
     * @throws InterruptedException if interrupted while waiting for the sinks
     */
    List<MetricPoint> feed(BatchOrigin origin, List<MetricPoint> points, boolean keepTagged)
            throws InterruptedException {
        List<MetricPoint> kept = keepTagged || keepPoints ? new ArrayList<>() : null;
        drops.measure(origin.collectorId(), () -> {
            for (int from = 0; from < points.size(); from += CHUNK) {
                List<MetricPoint> chunk = points.subList(from, Math.min(points.size(), from + CHUNK));
                List<MetricPoint> out = pipeline.apply(new Batch(origin, chunk)).points();
                handed += out.size();
                if (kept != null) {
                    kept.addAll(out);
                }
                delivery.submit(out);
            }
        });
        if (keepPoints) {
            processed.put(origin.collectorId(), List.copyOf(kept));
        }
        return keepTagged ? kept : List.of();
    }

    /** Each collector's processed points by collector id, in completion order; empty unless asked to keep them. */
    Map<String, List<MetricPoint>> processed() {
        return processed;
    }

    /** Points handed to the sinks so far. */
    long handed() {
        return handed;
    }
}
