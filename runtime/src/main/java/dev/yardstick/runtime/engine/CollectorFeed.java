package dev.yardstick.runtime.engine;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.PointEmitter;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.pipeline.Batch;
import dev.yardstick.runtime.pipeline.BatchOrigin;
import dev.yardstick.runtime.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes each collector's points through the run's pipeline to {@link Delivery} in sends of at most {@value #CHUNK}
 * points, so that the processed copy of a large collector is never whole in memory: at most a chunk in the
 * pipeline, a part-filled send per running collector and what {@link Delivery} holds. Points arrive two ways: those
 * a collector emits while it runs ({@link Collection#emit}, on the collector's thread) and those it returns
 * ({@link Collection#finish}, on the run's thread). One lock serializes both through the one pipeline, which is
 * stateful: the cardinality guard sees each collector's points in the collector's order, emitted ones first, exactly
 * as it would see the whole list.
 */
final class CollectorFeed {
    /**
     * Points per send: each is one request per sink (Datadog's v2 series intake takes about 35,000 of ours per
     * request; at least 3,000 per request is the design rule), while two in memory stay a few megabytes.
     */
    static final int CHUNK = 10_000;

    private final Object lock = new Object();
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
     * Opens the feed of one collection, whose emitter goes into its {@code CollectRequest}.
     *
     * @param origin the collector
     * @param keepTagged true to keep its processed points (a collector still to start depends on them)
     * @return the collection's feed
     */
    Collection open(BatchOrigin origin, boolean keepTagged) {
        return new Collection(origin, keepTagged);
    }

    /** Each collector's processed points by collector id, in completion order; empty unless asked to keep them. */
    Map<String, List<MetricPoint>> processed() {
        synchronized (lock) {
            return processed;
        }
    }

    /** Points handed to the sinks so far. */
    long handed() {
        synchronized (lock) {
            return handed;
        }
    }

    /**
     * The feed of one collection: the emitter its collector is given, then its end and its returned points. Points
     * emitted after {@link #end} are refused.
     */
    final class Collection implements PointEmitter {
        private final BatchOrigin origin;
        private final List<MetricPoint> kept;
        private final boolean keepTagged;
        private List<MetricPoint> pending = new ArrayList<>();
        private long emitted;
        private boolean ended;

        private Collection(BatchOrigin origin, boolean keepTagged) {
            this.origin = origin;
            this.keepTagged = keepTagged;
            this.kept = keepTagged || keepPoints ? new ArrayList<>() : null;
        }

        /**
         * Takes points the collector emits while it runs through the pipeline, waiting while the sinks catch up.
         *
         * @throws IllegalStateException once the collection has ended
         */
        @Override
        public void emit(List<? extends MetricPoint> points) throws InterruptedException {
            requireNonNull(points, "points is null");
            synchronized (lock) {
                if (ended) {
                    throw new IllegalStateException("collector '" + origin.collectorId() + "' emitted "
                            + points.size() + " point(s) after its collection ended (it returned, failed or was"
                            + " abandoned); they are refused: emit only while collect() runs");
                }
                process(Collections.unmodifiableList(points), true);
            }
        }

        /**
         * Ends the collection: from now on {@link #emit} is refused.
         *
         * @return how many points the collector emitted
         */
        long end() {
            synchronized (lock) {
                ended = true;
                return emitted;
            }
        }

        /**
         * Ends the collection and takes its returned points through the pipeline to the sinks, after those emitted.
         *
         * @param points the returned points, which are not kept
         * @return every processed point of the collection, emitted ones first, when it was opened to keep them for
         *     its dependants; else an empty list
         * @throws InterruptedException if interrupted while waiting for the sinks
         */
        List<MetricPoint> finish(List<MetricPoint> points) throws InterruptedException {
            synchronized (lock) {
                ended = true;
                process(points, false);
                submit();
                if (keepPoints) {
                    processed.put(origin.collectorId(), List.copyOf(kept));
                }
                return keepTagged ? kept : List.of();
            }
        }

        /** Takes points through the pipeline; those of a chunk the pipeline took count and go on to the sinks. */
        private void process(List<MetricPoint> points, boolean emitting) throws InterruptedException {
            drops.measure(origin.collectorId(), () -> {
                for (int from = 0; from < points.size(); from += CHUNK) {
                    List<MetricPoint> chunk = points.subList(from, Math.min(points.size(), from + CHUNK));
                    List<MetricPoint> out = pipeline.apply(new Batch(origin, chunk)).points();
                    emitted += emitting ? chunk.size() : 0;
                    handed += out.size();
                    if (kept != null) {
                        kept.addAll(out);
                    }
                    pack(out);
                }
            });
        }

        /** Adds processed points to the send being filled, sending each one that reaches {@value #CHUNK} points. */
        private void pack(List<MetricPoint> out) throws InterruptedException {
            int from = 0;
            while (from < out.size()) {
                int to = Math.min(out.size(), from + CHUNK - pending.size());
                pending.addAll(out.subList(from, to));
                from = to;
                if (pending.size() == CHUNK) {
                    submit();
                }
            }
        }

        /**
         * Sends the points packed so far. Interrupted while waiting for the sinks (an abandoned collector), it keeps
         * them for {@link #finish}, which the run's thread calls next: points the pipeline took are never lost.
         */
        private void submit() throws InterruptedException {
            if (!pending.isEmpty()) {
                List<MetricPoint> full = pending;
                pending = new ArrayList<>();
                try {
                    delivery.submit(full);
                } catch (InterruptedException abandoned) {
                    full.addAll(pending);
                    pending = full;
                    throw abandoned;
                }
            }
        }
    }
}
