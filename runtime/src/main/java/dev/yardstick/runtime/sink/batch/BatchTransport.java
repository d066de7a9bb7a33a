package dev.yardstick.runtime.sink.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;

/**
 * One endpoint's body format and delivery. The {@link BatchPartitioner} writes each point once, through
 * {@link #writePoint}, into the {@link #compression() compressed} body that {@link #deliver} posts; everything else
 * (sizing, retries, deadlines, splitting) is the {@link BatchingSender}'s job.
 */
public interface BatchTransport {

    /**
     * Returns the bytes a body starts with, before its first point, e.g. {@code {"series":[}.
     *
     * @return the opening text
     */
    String bodyStart();

    /**
     * Returns the bytes a body ends with, after its last point, e.g. {@code ]}}. Points are separated by commas.
     *
     * @return the closing text
     */
    String bodyEnd();

    /**
     * Writes one point as one JSON value.
     *
     * @param json the generator, at the root level
     * @param point the point
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException if the point cannot be represented (a non-finite value)
     */
    void writePoint(JsonGenerator json, MetricPoint point) throws IOException;

    /**
     * Returns how bodies are compressed.
     *
     * @return the compression
     */
    Compression compression();

    /**
     * Posts one body.
     *
     * @param batch the points and their body, compressed as {@link #compression()} says
     * @return the endpoint's answer
     * @throws IOException if no answer was received
     */
    TransportResponse deliver(EncodedBatch batch) throws IOException;

    /**
     * Names the endpoint for log lines, without credentials.
     *
     * @return e.g. {@code POST https://api.datadoghq.com/api/v2/series}
     */
    String describe();
}
