package dev.yardstick.api.metric;

import java.time.Instant;
import java.util.function.Function;

/**
 * One metric value: a name, tags, a timestamp, a unit and a kind-specific payload.
 *
 * <p>The hierarchy is closed: {@link Gauge}, {@link Count}, {@link Rate} and {@link Distribution}. Code that
 * handles every kind calls {@link #match}, so adding a kind breaks compilation exactly where it must be
 * handled. Points are immutable records and safe to share between threads.
 */
public sealed interface MetricPoint permits Gauge, Count, Rate, Distribution {

    /**
     * Returns the metric name, dotted and lower-case by convention ({@code github.prs.open}).
     *
     * @return the name
     */
    String name();

    /**
     * Returns the point's tags.
     *
     * @return the tags
     */
    Tags tags();

    /**
     * Returns the instant the value describes.
     *
     * @return the timestamp
     */
    Instant timestamp();

    /**
     * Returns the unit of the value.
     *
     * @return the unit
     */
    Unit unit();

    /**
     * Returns the kind of this point.
     *
     * @return the kind
     */
    MetricKind kind();

    /**
     * Returns a copy of this point with other tags.
     *
     * @param tags the new tags
     * @return the copy
     */
    MetricPoint withTags(Tags tags);

    /**
     * Returns a copy of this point with another name.
     *
     * @param name the new name
     * @return the copy
     */
    MetricPoint withName(String name);

    /**
     * Dispatches on the kind of this point.
     *
     * @param gauge applied when this is a {@link Gauge}
     * @param count applied when this is a {@link Count}
     * @param rate applied when this is a {@link Rate}
     * @param distribution applied when this is a {@link Distribution}
     * @param <T> the result type
     * @return the result of the function matching this point's kind
     */
    <T> T match(Function<Gauge, T> gauge, Function<Count, T> count, Function<Rate, T> rate,
            Function<Distribution, T> distribution);
}
