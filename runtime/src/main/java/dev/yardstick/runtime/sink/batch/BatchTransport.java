package dev.yardstick.runtime.sink.batch;

import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;
import java.util.List;

/**
 * Encodes and sends one batch to one endpoint; everything else (sizing, retries, deadlines, splitting) is the
 * {@link BatchingSender}'s job.
 */
public interface BatchTransport {

    /**
     * Returns the serialized form of one point as it appears inside a request body, for sizing.
     *
     * @param point the point
     * @return its bytes
     */
    byte[] encode(MetricPoint point);

    /**
     * Returns the bytes a request adds around its points (envelope, separators per point), for sizing.
     *
     * @return the envelope size in bytes
     */
    int envelopeBytes();

    /**
     * Sends one batch.
     *
     * @param batch the points, never empty
     * @return the endpoint's answer
     * @throws IOException if no answer was received
     */
    TransportResponse deliver(List<MetricPoint> batch) throws IOException;

    /**
     * Names the endpoint for log lines, without credentials.
     *
     * @return e.g. {@code POST https://api.datadoghq.com/api/v2/series}
     */
    String describe();
}
