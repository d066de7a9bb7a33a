package dev.yardstick.runtime.sink;

import dev.yardstick.api.metric.MetricPoint;
import java.time.Instant;
import java.util.List;

/**
 * A destination for points that have passed the pipeline. Implementations encode and deliver; a sink never
 * throws for a delivery failure: it retries, spools, or drops and counts, and says so in its {@link SendResult}.
 */
public interface Sink extends AutoCloseable {

    /**
     * Returns the sink's name, its key under {@code yardstick.sinks}.
     *
     * @return the name
     */
    String name();

    /**
     * Delivers points, finishing (successfully or not) before {@code deadline}.
     *
     * @param points the points, already tagged, sanitized and capped
     * @param deadline the instant by which the call returns
     * @return what was sent, dropped, retried and spooled
     */
    SendResult send(List<MetricPoint> points, Instant deadline);

    /**
     * Tells the sink a new run begins, so that work deferred by earlier runs (a spool) is retried with the
     * run's first send. The default does nothing.
     */
    default void beginRun() {
    }

    /**
     * Brings forward the deadline of every send, the one in progress included: the process is shutting down and
     * what is not delivered by then must be spooled. The default does nothing (a sink that never waits).
     *
     * @param deadline the instant by which every send returns from now on
     */
    default void cutoff(Instant deadline) {
    }

    /** Flushes and releases resources. Idempotent. */
    @Override
    void close();
}
