package dev.yardstick.runtime.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Rate;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local JSON shape of a point, shared by the jsonl sink, the spool and {@code collect --json}:
 * {@code {"metric","type","value","timestamp","tags":[...]}} with {@code "interval"} (seconds) for count and
 * rate, {@code "values"} instead of {@code "value"} for distributions, and {@code "unit"} unless the point is
 * unitless. Timestamps are epoch seconds. Thread-safe.
 */
public final class PointJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Unit> UNITS = Arrays.stream(Unit.values())
            .collect(Collectors.toUnmodifiableMap(Unit::datadogName, Function.identity()));

    private PointJson() {
    }

    /**
     * Encodes one point.
     *
     * @param point the point
     * @return a new JSON object
     */
    public static ObjectNode toJson(MetricPoint point) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("metric", point.name());
        node.put("type", point.kind().name().toLowerCase(Locale.ROOT));
        point.match(
                gauge -> node.put("value", gauge.value()),
                count -> node.put("value", count.value()).put("interval", count.interval().getSeconds()),
                rate -> node.put("value", rate.value()).put("interval", rate.interval().getSeconds()),
                distribution -> {
                    ArrayNode values = node.putArray("values");
                    distribution.values().forEach(values::add);
                    return node;
                });
        node.put("timestamp", point.timestamp().getEpochSecond());
        ArrayNode tags = node.putArray("tags");
        point.tags().rendered().forEach(tags::add);
        if (point.unit() != Unit.NONE) {
            node.put("unit", point.unit().datadogName());
        }
        return node;
    }

    /**
     * Encodes one point as a single line of JSON, without a line terminator.
     *
     * @param point the point
     * @return the JSON text
     */
    public static String toLine(MetricPoint point) {
        return toJson(point).toString();
    }

    /**
     * Encodes points as a JSON array.
     *
     * @param points the points
     * @return the JSON text
     */
    public static String toJsonArray(List<MetricPoint> points) {
        ArrayNode array = MAPPER.createArrayNode();
        points.forEach(point -> array.add(toJson(point)));
        return array.toString();
    }

    /**
     * Parses one line written by {@link #toLine}.
     *
     * @param line the JSON text of one point
     * @return the point
     * @throws IllegalArgumentException naming the field when the text is not a valid point
     */
    public static MetricPoint parseLine(String line) {
        try {
            return fromJson(MAPPER.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON point: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses a JSON array written by {@link #toJsonArray}.
     *
     * @param json the JSON text
     * @return the points
     * @throws IllegalArgumentException when the text is not an array of valid points
     */
    public static List<MetricPoint> parseArray(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of points: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JSON array of points");
        }
        List<MetricPoint> points = new ArrayList<>(root.size());
        root.forEach(node -> points.add(fromJson(node)));
        return List.copyOf(points);
    }

    /**
     * Decodes one point.
     *
     * @param node a JSON object in the shape {@link #toJson} writes
     * @return the point
     * @throws IllegalArgumentException naming the field that is missing or invalid
     */
    public static MetricPoint fromJson(JsonNode node) {
        String name = text(node, "metric");
        Instant timestamp = Instant.ofEpochSecond(number(node, "timestamp").longValue());
        List<String> rendered = new ArrayList<>();
        node.path("tags").forEach(tag -> rendered.add(tag.asText()));
        Tags tags = Tags.parse(rendered);
        Unit unit = unit(node.path("unit").asText(""));
        String type = text(node, "type");
        switch (type) {
            case "gauge":
                return new Gauge(name, tags, timestamp, number(node, "value").doubleValue(), unit);
            case "count":
                return new Count(name, tags, timestamp, number(node, "value").doubleValue(), interval(node), unit);
            case "rate":
                return new Rate(name, tags, timestamp, number(node, "value").doubleValue(), interval(node), unit);
            case "distribution":
                List<Double> values = new ArrayList<>();
                node.path("values").forEach(value -> values.add(value.asDouble()));
                return new Distribution(name, tags, timestamp, values, unit);
            default:
                throw new IllegalArgumentException("field 'type' must be gauge, count, rate or distribution, got '"
                        + type + "'");
        }
    }

    private static Duration interval(JsonNode node) {
        return Duration.ofSeconds(number(node, "interval").longValue());
    }

    private static Unit unit(String name) {
        Unit unit = UNITS.get(name);
        if (unit == null) {
            throw new IllegalArgumentException("field 'unit' has unknown unit '" + name + "'");
        }
        return unit;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static Number number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a number");
        }
        return value.numberValue();
    }
}
