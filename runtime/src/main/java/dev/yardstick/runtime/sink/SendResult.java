package dev.yardstick.runtime.sink;

import java.util.HashMap;
import java.util.Map;

/**
 * The outcome of one {@link Sink#send} call.
 *
 * @param sent points the destination accepted
 * @param dropped points given up on, by reason ({@code bad_request}, {@code forbidden}, {@code too_old},
 *     {@code too_large}, {@code spool_full} ...)
 * @param retries requests sent again after a retryable failure
 * @param spooled points written to the spool for the next run
 */
public record SendResult(long sent, Map<String, Long> dropped, long retries, long spooled) {

    /** Copies the map. */
    public SendResult {
        dropped = Map.copyOf(dropped);
    }

    /**
     * A result in which every point was accepted at the first attempt.
     *
     * @param sent the number of points
     * @return the result
     */
    public static SendResult delivered(long sent) {
        return new SendResult(sent, Map.of(), 0, 0);
    }

    /**
     * Returns the total of dropped points.
     *
     * @return the sum over reasons
     */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Adds two results.
     *
     * @param other the other result
     * @return the sum
     */
    public SendResult plus(SendResult other) {
        Map<String, Long> merged = new HashMap<>(dropped);
        other.dropped.forEach((reason, count) -> merged.merge(reason, count, Long::sum));
        return new SendResult(sent + other.sent, merged, retries + other.retries, spooled + other.spooled);
    }
}
