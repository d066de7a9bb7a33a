package dev.yardstick.sandbox.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/** Field checks shared by the series and distribution payloads; each problem goes to {@link Problems}. */
final class FieldChecks {

    private final Problems problems;
    private final Instant now;

    FieldChecks(Problems problems, Instant now) {
        this.problems = problems;
        this.now = now;
    }

    /** Applies {@code perSeries} to each element of the required top-level {@code series} array. */
    <T> List<T> eachSeries(JsonNode root, BiFunction<JsonNode, String, Optional<T>> perSeries) {
        List<T> accepted = new ArrayList<>();
        JsonNode series = root.isObject() ? root.get("series") : null;
        if (series == null || series.isNull()) {
            problems.add("series", "required top-level array is missing");
        } else if (!series.isArray()) {
            problems.add("series", "must be an array, got " + kind(series));
        } else {
            for (int i = 0; i < series.size(); i++) {
                String path = "series[" + i + "]";
                if (isObject(series.get(i), path)) {
                    perSeries.apply(series.get(i), path).ifPresent(accepted::add);
                }
            }
        }
        return accepted;
    }

    /** The required, valid metric name of a series. */
    Optional<String> metric(JsonNode series, String path) {
        Optional<String> name = requiredString(series, "metric", path);
        name.flatMap(IntakeNameRules::metricNameProblem).ifPresent(m -> problems.add(path + ".metric", m));
        return name;
    }

    /** The optional tags of a series: an array of valid tags. */
    List<String> tags(JsonNode series, String path) {
        JsonNode tags = series.get("tags");
        List<String> values = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return values;
        }
        if (!tags.isArray()) {
            problems.add(path + ".tags", "must be an array of strings, got " + kind(tags));
            return values;
        }
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            String at = path + ".tags[" + i + "]";
            if (!tag.isTextual()) {
                problems.add(at, "must be a string, got " + kind(tag));
                continue;
            }
            IntakeNameRules.tagProblem(tag.asText()).ifPresent(m -> problems.add(at, m));
            values.add(tag.asText());
        }
        return values;
    }

    /** A required, non-empty array field, or null after reporting why not. */
    JsonNode requiredNonEmptyArray(JsonNode parent, String field, String path) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            problems.add(path + "." + field, "required field is missing");
            return null;
        }
        if (!array.isArray() || array.isEmpty()) {
            problems.add(path + "." + field, "must be a non-empty array, got "
                    + (array.isArray() ? "an empty array" : kind(array)));
            return null;
        }
        return array;
    }

    /**
     * A point timestamp in epoch seconds, inside the intake's window.
     *
     * @param wholeNumbersAllowed whether a float with no fraction (as v1 clients send) is accepted
     */
    OptionalLong timestamp(JsonNode node, String path, boolean wholeNumbersAllowed) {
        boolean integral = node != null && node.isIntegralNumber() && node.canConvertToLong();
        boolean whole = node != null && node.isFloatingPointNumber() && node.asDouble() == Math.rint(node.asDouble());
        if (!integral && !(wholeNumbersAllowed && whole)) {
            problems.add(path, node == null ? "required field is missing"
                    : "must be an integer number of seconds, got " + describe(node));
            return OptionalLong.empty();
        }
        long seconds = node.asLong();
        if (seconds < now.minus(IntakeLimits.MAX_AGE).getEpochSecond()) {
            problems.add(path, "timestamp " + seconds + " is more than 1 hour before the intake's clock ("
                    + now.getEpochSecond() + ")");
        } else if (seconds > now.plus(IntakeLimits.MAX_AHEAD).getEpochSecond()) {
            problems.add(path, "timestamp " + seconds + " is more than 10 minutes after the intake's clock ("
                    + now.getEpochSecond() + ")");
        }
        return OptionalLong.of(seconds);
    }

    /** A required numeric value. */
    OptionalDouble value(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            problems.add(path, node == null ? "required field is missing" : "must be a number, got " + describe(node));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(node.asDouble());
    }

    /** A required string field. */
    Optional<String> requiredString(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problems.add(path + "." + field, "required field is missing");
            return Optional.empty();
        }
        return string(node, path + "." + field);
    }

    /** An optional string field. */
    Optional<String> optionalString(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? Optional.empty() : string(node, path + "." + field);
    }

    /** Reports a node that should have been an object; returns whether it is one. */
    boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, got " + kind(node));
        }
        return node.isObject();
    }

    void report(String path, String message) {
        problems.add(path, message);
    }

    private Optional<String> string(JsonNode node, String path) {
        if (!node.isTextual()) {
            problems.add(path, "must be a string, got " + kind(node));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String describe(JsonNode node) {
        return kind(node) + " " + node;
    }
}
