package dev.yardstick.api;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.time.Instant;
import java.util.List;

/**
 * The parameters of one collection.
 *
 * <p>The points of the collection are everything emitted through {@link #emitter()} while {@code collect} runs,
 * in order, followed by the points of the returned {@link CollectResult}. A request made with the three-argument
 * constructor emits into a fresh {@link PointBuffer}; whoever made it gets the whole collection's points with
 * {@link #pointsWith(CollectResult)}.
 *
 * @param at the evaluation instant: every window such as "the last 7 days" ends here, and points carry it
 *     as their timestamp
 * @param deadline the instant by which {@link Collector#collect} must return; the runtime interrupts the
 *     collector then and abandons it shortly after
 * @param inputs points produced by the collectors this one depends on
 * @param emitter takes points while the collection runs (see {@link PointEmitter}); it belongs to this
 *     collection only
 */
public record CollectRequest(Instant at, Instant deadline, Inputs inputs, PointEmitter emitter) {

    /** Validates the components. */
    public CollectRequest {
        requireNonNull(at, "at is null");
        requireNonNull(deadline, "deadline is null");
        requireNonNull(inputs, "inputs is null");
        requireNonNull(emitter, "emitter is null");
    }

    /**
     * Creates a request whose emitted points are kept in a new {@link PointBuffer}, for tests and for code that
     * calls a collector itself.
     *
     * @param at the evaluation instant
     * @param deadline the instant by which {@link Collector#collect} must return
     * @param inputs points produced by the collectors this one depends on
     */
    public CollectRequest(Instant at, Instant deadline, Inputs inputs) {
        this(at, deadline, inputs, new PointBuffer());
    }

    /**
     * Returns the whole collection's points: when the emitter is a {@link PointBuffer}, what it holds followed by
     * the result's points; otherwise (a host's emitter, which took the emitted points already) the result's alone.
     *
     * @param result what {@code collect} returned for this request
     * @return an immutable list, emitted points first
     */
    public List<MetricPoint> pointsWith(CollectResult result) {
        return emitter instanceof PointBuffer buffer ? buffer.pointsWith(result) : result.points();
    }
}
