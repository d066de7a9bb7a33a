package dev.yardstick.sandbox.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Validates a {@code POST /api/v2/series} body against the intake schema and limits. */
final class SeriesPayloadParser {

    private static final int MAX_TYPE = 3;

    private final Problems problems = new Problems();
    private final FieldChecks checks;

    private SeriesPayloadParser(Instant now) {
        this.checks = new FieldChecks(problems, now);
    }

    /** Validates a parsed body; {@code now} is the intake clock's instant for the timestamp window. */
    static ParsedPayload<AcceptedSeries> parse(JsonNode root, Instant now) {
        return new SeriesPayloadParser(now).parse(root);
    }

    private ParsedPayload<AcceptedSeries> parse(JsonNode root) {
        List<AcceptedSeries> accepted = checks.eachSeries(root, this::seriesAt);
        return new ParsedPayload<>(accepted, problems.messages());
    }

    private Optional<AcceptedSeries> seriesAt(JsonNode series, String path) {
        int before = problems.count();
        Optional<String> metric = checks.metric(series, path);
        List<SeriesPoint> points = points(series, path);
        int type = type(series.get("type"), path + ".type");
        OptionalLong interval = interval(series.get("interval"), path + ".interval");
        Optional<String> unit = checks.optionalString(series, "unit", path);
        List<String> tags = checks.tags(series, path);
        List<SeriesResource> resources = resources(series.get("resources"), path + ".resources");
        if (problems.count() > before || metric.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedSeries(metric.get(), type, interval, unit, tags, points, resources));
    }

    private List<SeriesPoint> points(JsonNode series, String path) {
        List<SeriesPoint> points = new ArrayList<>();
        JsonNode array = checks.requiredNonEmptyArray(series, "points", path);
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = path + ".points[" + i + "]";
            JsonNode point = array.get(i);
            if (!checks.isObject(point, at)) {
                continue;
            }
            OptionalLong timestamp = checks.timestamp(point.get("timestamp"), at + ".timestamp", false);
            OptionalDouble value = checks.value(point.get("value"), at + ".value");
            if (timestamp.isPresent() && value.isPresent()) {
                points.add(new SeriesPoint(timestamp.getAsLong(), value.getAsDouble()));
            }
        }
        return points;
    }

    private int type(JsonNode type, String path) {
        if (type == null || type.isNull()) {
            return AcceptedSeries.UNSPECIFIED;
        }
        if (!type.isIntegralNumber() || type.asLong() < 0 || type.asLong() > MAX_TYPE) {
            checks.report(path, "must be an integer from 0 to 3 (unspecified, count, rate, gauge), got " + type);
            return AcceptedSeries.UNSPECIFIED;
        }
        return type.asInt();
    }

    private OptionalLong interval(JsonNode interval, String path) {
        if (interval == null || interval.isNull()) {
            return OptionalLong.empty();
        }
        if (!interval.isIntegralNumber() || !interval.canConvertToLong() || interval.asLong() < 0) {
            checks.report(path, "must be a non-negative integer number of seconds, got " + interval);
            return OptionalLong.empty();
        }
        return OptionalLong.of(interval.asLong());
    }

    private List<SeriesResource> resources(JsonNode resources, String path) {
        List<SeriesResource> values = new ArrayList<>();
        if (resources == null || resources.isNull()) {
            return values;
        }
        if (!resources.isArray()) {
            checks.report(path, "must be an array of {name, type} objects, got " + FieldChecks.kind(resources));
            return values;
        }
        for (int i = 0; i < resources.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode resource = resources.get(i);
            if (checks.isObject(resource, at)) {
                Optional<String> name = checks.requiredString(resource, "name", at);
                Optional<String> type = checks.requiredString(resource, "type", at);
                if (name.isPresent() && type.isPresent()) {
                    values.add(new SeriesResource(name.get(), type.get()));
                }
            }
        }
        return values;
    }
}
