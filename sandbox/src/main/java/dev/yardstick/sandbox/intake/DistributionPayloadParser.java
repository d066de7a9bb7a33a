package dev.yardstick.sandbox.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Validates a {@code POST /api/v1/distribution_points} body: {@code series[].points} are {@code [ts, [values]]}. */
final class DistributionPayloadParser {

    private final Problems problems = new Problems();
    private final FieldChecks checks;

    private DistributionPayloadParser(Instant now) {
        this.checks = new FieldChecks(problems, now);
    }

    /** Validates a parsed body; {@code now} is the intake clock's instant for the timestamp window. */
    static ParsedPayload<AcceptedDistribution> parse(JsonNode root, Instant now) {
        return new DistributionPayloadParser(now).parse(root);
    }

    private ParsedPayload<AcceptedDistribution> parse(JsonNode root) {
        List<AcceptedDistribution> accepted = checks.eachSeries(root, this::seriesAt);
        return new ParsedPayload<>(accepted, problems.messages());
    }

    private Optional<AcceptedDistribution> seriesAt(JsonNode series, String path) {
        int before = problems.count();
        Optional<String> metric = checks.metric(series, path);
        List<DistributionPoint> points = points(series, path);
        List<String> tags = checks.tags(series, path);
        Optional<String> host = checks.optionalString(series, "host", path);
        if (problems.count() > before || metric.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedDistribution(metric.get(), tags, host, points));
    }

    private List<DistributionPoint> points(JsonNode series, String path) {
        List<DistributionPoint> points = new ArrayList<>();
        JsonNode array = checks.requiredNonEmptyArray(series, "points", path);
        for (int i = 0; array != null && i < array.size(); i++) {
            String at = path + ".points[" + i + "]";
            JsonNode point = array.get(i);
            if (!point.isArray() || point.size() != 2 || !point.get(1).isArray() || point.get(1).isEmpty()) {
                checks.report(at, "must be [timestamp, [value, ...]] with at least one value, got " + point);
                continue;
            }
            OptionalLong timestamp = checks.timestamp(point.get(0), at + "[0]", true);
            List<Double> values = values(point.get(1), at + "[1]");
            if (timestamp.isPresent() && values.size() == point.get(1).size()) {
                points.add(new DistributionPoint(timestamp.getAsLong(), values));
            }
        }
        return points;
    }

    private List<Double> values(JsonNode array, String path) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            OptionalDouble value = checks.value(array.get(i), path + "[" + i + "]");
            value.ifPresent(values::add);
        }
        return values;
    }
}
