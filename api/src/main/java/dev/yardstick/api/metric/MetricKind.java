package dev.yardstick.api.metric;

/**
 * The kind of a metric point, as Datadog types it.
 *
 * <p>Used in catalogue entries ({@link MetricDescriptor}) where no point exists yet; a point's own kind
 * is {@link MetricPoint#kind()}.
 */
public enum MetricKind {
    /** A value sampled at an instant; the latest submission wins. */
    GAUGE,
    /** A number of events over an interval. */
    COUNT,
    /** A number of events per second over an interval. */
    RATE,
    /** A set of samples whose percentiles are computed by Datadog. */
    DISTRIBUTION
}
