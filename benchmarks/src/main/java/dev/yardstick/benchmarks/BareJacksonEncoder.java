package dev.yardstick.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The baseline every ratio is against: the v2 series body ({@code {"series":[{"metric", "type", "points",
 * "tags"}]}}) written by a bare Jackson generator straight into gzip, with no models, no batching and no copies.
 */
public final class BareJacksonEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BareJacksonEncoder() {
    }

    /**
     * Encodes gauges into one compressed body.
     *
     * @param points gauges
     * @param out where the gzip stream goes
     * @return {@code out}
     * @throws IOException never for a byte array
     */
    public static ByteArrayOutputStream encode(List<MetricPoint> points, ByteArrayOutputStream out)
            throws IOException {
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192);
                JsonGenerator json = FACTORY.createGenerator(gzip)) {
            json.writeStartObject();
            json.writeArrayFieldStart("series");
            for (MetricPoint point : points) {
                json.writeStartObject();
                json.writeStringField("metric", point.name());
                json.writeNumberField("type", 3);
                json.writeArrayFieldStart("points");
                json.writeStartObject();
                json.writeNumberField("timestamp", point.timestamp().getEpochSecond());
                json.writeNumberField("value", ((Gauge) point).value());
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("tags");
                for (String tag : point.tags().rendered()) {
                    json.writeString(tag);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out;
    }
}
