package dev.yardstick.runtime.sink.batch;

import dev.yardstick.api.metric.MetricPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link BatchingSender} did with a list of points.
 *
 * @param sent points the endpoint accepted
 * @param dropped points given up on, by reason ({@code bad_request}, {@code too_large}, {@code rejected},
 *     {@code non_finite})
 * @param retries requests sent again after a retryable failure
 * @param undelivered batches neither delivered nor dropped (deadline, retries exhausted, credentials refused);
 *     the caller spools them
 * @param refused true when the endpoint refused the credentials (401/403) and sending stopped
 */
public record DeliveryReport(long sent, Map<String, Long> dropped, long retries,
        List<List<MetricPoint>> undelivered, boolean refused) {

    /** Copies the collections. */
    public DeliveryReport {
        dropped = Map.copyOf(dropped);
        undelivered = undelivered.stream().map(List::copyOf).toList();
    }

    /** An empty report. */
    public static final DeliveryReport NOTHING = new DeliveryReport(0, Map.of(), 0, List.of(), false);

    /**
     * Returns the number of undelivered points.
     *
     * @return the sum over undelivered batches
     */
    public long undeliveredPoints() {
        return undelivered.stream().mapToLong(List::size).sum();
    }

    /**
     * Adds two reports.
     *
     * @param other the other report
     * @return the sum
     */
    public DeliveryReport plus(DeliveryReport other) {
        Map<String, Long> merged = new HashMap<>(dropped);
        other.dropped.forEach((reason, count) -> merged.merge(reason, count, Long::sum));
        List<List<MetricPoint>> batches = new ArrayList<>(undelivered);
        batches.addAll(other.undelivered);
        return new DeliveryReport(sent + other.sent, merged, retries + other.retries, batches,
                refused || other.refused);
    }
}
