package dev.yardstick.api;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PointEmitter} that keeps what is emitted, for a {@link CollectRequest} made without a host's emitter
 * (tests, embedding code that calls a collector itself). Its points come before the returned result's: see
 * {@link #pointsWith(CollectResult)}. Thread-safe.
 */
public final class PointBuffer implements PointEmitter {
    private final List<MetricPoint> points = new ArrayList<>();
    private boolean ended;

    /** Creates an empty, open buffer. */
    public PointBuffer() {
    }

    /**
     * Keeps points.
     *
     * @param more the points
     * @throws IllegalStateException after {@link #end()}
     */
    @Override
    public synchronized void emit(List<? extends MetricPoint> more) {
        requireNonNull(more, "points is null");
        if (ended) {
            throw new IllegalStateException("points emitted after the collection ended: " + more.size()
                    + " point(s) refused; a collector must not emit once collect() has returned");
        }
        more.forEach(point -> points.add(requireNonNull(point, "a point is null")));
    }

    /** Ends the collection: later {@link #emit} calls are refused. Idempotent. */
    public synchronized void end() {
        ended = true;
    }

    /**
     * Returns the points emitted so far.
     *
     * @return an immutable copy, in the order emitted
     */
    public synchronized List<MetricPoint> points() {
        return List.copyOf(points);
    }

    /**
     * Returns the whole collection's points: those emitted, then those of the returned result.
     *
     * @param result what {@code collect} returned
     * @return an immutable list
     */
    public synchronized List<MetricPoint> pointsWith(CollectResult result) {
        List<MetricPoint> all = new ArrayList<>(points.size() + result.points().size());
        all.addAll(points);
        all.addAll(result.points());
        return List.copyOf(all);
    }
}
