package dev.yardstick.runtime.sink.datadog;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Rate;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Writes points as the Datadog intake's JSON, straight to a Jackson generator (no models, no mapper): one v2
 * series per gauge, count or rate, one v1 distribution-points series per distribution. A value that JSON cannot
 * carry (NaN, infinities) is refused before anything is written. Not thread-safe: it reuses a buffer for tags.
 */
final class IntakeJson {
    /** The envelope of both endpoints' bodies. */
    static final String BODY_START = "{\"series\":[";
    static final String BODY_END = "]}";

    private static final int GAUGE = 3;
    private static final int COUNT = 1;
    private static final int RATE = 2;

    private char[] tag = new char[256];

    /**
     * Writes a v2 series of one point: {@code {"metric", "type", "points":[{"timestamp","value"}], "tags", "unit"?,
     * "interval"?}}; gauge → type 3, count → 1 and rate → 2 with their interval in seconds; no unit for
     * {@link Unit#NONE}.
     */
    void series(JsonGenerator json, MetricPoint point) throws IOException {
        int type;
        double value;
        Duration interval = null;
        switch (point.kind()) {
            case GAUGE:
                type = GAUGE;
                value = ((Gauge) point).value();
                break;
            case COUNT:
                type = COUNT;
                value = ((Count) point).value();
                interval = ((Count) point).interval();
                break;
            case RATE:
                type = RATE;
                value = ((Rate) point).value();
                interval = ((Rate) point).interval();
                break;
            default:
                throw new IllegalArgumentException(point.kind() + " " + point.name() + " cannot be sent as a v2 series");
        }
        requireFinite(point, value);
        json.writeStartObject();
        json.writeStringField("metric", point.name());
        json.writeNumberField("type", type);
        json.writeFieldName("points");
        json.writeStartArray();
        json.writeStartObject();
        json.writeNumberField("timestamp", point.timestamp().getEpochSecond());
        json.writeNumberField("value", value);
        json.writeEndObject();
        json.writeEndArray();
        tags(json, point.tags());
        if (point.unit() != Unit.NONE) {
            json.writeStringField("unit", point.unit().datadogName());
        }
        if (interval != null) {
            json.writeNumberField("interval", interval.getSeconds());
        }
        json.writeEndObject();
    }

    /** Writes a v1 distribution-points series of one point: {@code {"metric", "points":[[ts,[v...]]], "tags"}}. */
    void distribution(JsonGenerator json, MetricPoint point) throws IOException {
        if (!(point instanceof Distribution)) {
            throw new IllegalArgumentException(point.kind() + " " + point.name() + " is not a distribution");
        }
        List<Double> values = ((Distribution) point).values();
        for (Double value : values) {
            requireFinite(point, value);
        }
        json.writeStartObject();
        json.writeStringField("metric", point.name());
        json.writeFieldName("points");
        json.writeStartArray();
        json.writeStartArray();
        json.writeNumber(point.timestamp().getEpochSecond());
        json.writeStartArray();
        for (Double value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndArray();
        tags(json, point.tags());
        json.writeEndObject();
    }

    /** Writes {@code "tags":["key:value", ...]} in key order, each rendered into the reused buffer. */
    private void tags(JsonGenerator json, Tags tags) throws IOException {
        json.writeFieldName("tags");
        json.writeStartArray();
        for (int i = 0; i < tags.size(); i++) {
            String key = tags.keyAt(i);
            String value = tags.valueAt(i);
            int length = value.isEmpty() ? key.length() : key.length() + 1 + value.length();
            if (length > tag.length) {
                tag = new char[Math.max(length, tag.length * 2)];
            }
            key.getChars(0, key.length(), tag, 0);
            if (!value.isEmpty()) {
                tag[key.length()] = ':';
                value.getChars(0, value.length(), tag, key.length() + 1);
            }
            json.writeString(tag, 0, length);
        }
        json.writeEndArray();
    }

    private static void requireFinite(MetricPoint point, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(point.name() + " has the value " + value
                    + ", which JSON cannot carry");
        }
    }
}
