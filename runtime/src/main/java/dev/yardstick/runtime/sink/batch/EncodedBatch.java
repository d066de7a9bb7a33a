package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.util.List;

/**
 * Points and the request body that carries them, compressed; the body is sent as is, retries included.
 *
 * @param points the points, in body order, never empty
 * @param body the compressed body
 * @param rawBytes the body's size before compression
 */
public record EncodedBatch(List<MetricPoint> points, byte[] body, long rawBytes) {

    /** Validates the components; the list is kept as given (a view of the sender's input). */
    public EncodedBatch {
        requireNonNull(points, "points is null");
        requireNonNull(body, "body is null");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a batch has at least one point");
        }
    }
}
