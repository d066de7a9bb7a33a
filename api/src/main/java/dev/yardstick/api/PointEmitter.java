package dev.yardstick.api;

import dev.yardstick.api.metric.MetricPoint;
import java.util.List;

/**
 * Takes a collection's points while {@link Collector#collect} still runs, so that a large collector never holds
 * all of them at once: it emits a few thousand points at a time and lets go of them.
 *
 * <p>The points of a collection are everything emitted, in the order emitted, followed by the points of the
 * {@link CollectResult} that {@code collect} returns. Emitted points count even when the collection then fails,
 * times out or returns a partial result. An emitter belongs to one collection: it refuses points once that
 * collection has ended.
 *
 * <p>Implementations are thread-safe; the runtime's may block in {@link #emit} while the sinks catch up.
 */
@FunctionalInterface
public interface PointEmitter {

    /**
     * Hands points over. The emitter does not keep a reference to the list after returning, so the caller may
     * reuse or drop it.
     *
     * @param points the points, in order
     * @throws InterruptedException if interrupted while waiting for the sinks (the collection is being
     *     abandoned): the points the runtime had already taken from this call are still counted and delivered
     * @throws IllegalStateException if the collection this emitter belongs to has ended
     */
    void emit(List<? extends MetricPoint> points) throws InterruptedException;
}
