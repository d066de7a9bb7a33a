package dev.yardstick.runtime.sink.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.metric.MetricPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Serializes one point at a time into a reused buffer, so that its size is known before it is written into a
 * body. One generator per buffer: no per-point allocation beyond what the transport's writer does.
 */
final class PointBuffer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Bytes bytes = new Bytes();
    private final BatchTransport transport;
    private JsonGenerator json;
    private MetricPoint held;

    PointBuffer(BatchTransport transport) {
        this.transport = transport;
        this.json = generator();
    }

    /**
     * Serializes a point, unless it is the one already held.
     *
     * @return its size in bytes
     * @throws IllegalArgumentException if the transport cannot represent it
     */
    int encode(MetricPoint point) {
        if (point != held) {
            held = null;
            bytes.reset();
            try {
                transport.writePoint(json, point);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                json = generator();
                throw e;
            }
            held = point;
        }
        return bytes.size();
    }

    /** Writes the held point into a body. */
    void writeTo(BodyWriter body) {
        body.writePoint(bytes.array(), bytes.size());
        held = null;
    }

    private JsonGenerator generator() {
        try {
            JsonGenerator generator = FACTORY.createGenerator(bytes);
            generator.setRootValueSeparator(null);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A byte buffer that exposes its array, to write it on without copying. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
