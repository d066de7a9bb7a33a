package dev.yardstick.sandbox.wandb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * W&B's MongoDB-like run filter, as far as the simulator needs it: {@code $and} and {@code $or} over arrays of
 * filters, and per field either a plain value (equality) or operators {@code $eq}, {@code $ne}, {@code $gt},
 * {@code $gte}, {@code $lt}, {@code $lte}, {@code $in}. Fields: {@code createdAt}, {@code heartbeatAt} (ISO-8601
 * instants with or without a zone, compared as instants), {@code state}, {@code name}, {@code displayName}
 * (compared as text); the snake-case spellings W&B also accepts work too. Anything else is a
 * {@link RunsQuery.QueryException}, which the simulator answers as a GraphQL error.
 */
final class RunFilter {
    private static final Map<String, Function<WandbRunData, Object>> FIELDS = Map.of(
            "createdAt", WandbRunData::createdAt, "created_at", WandbRunData::createdAt,
            "heartbeatAt", WandbRunData::heartbeatAt, "heartbeat_at", WandbRunData::heartbeatAt,
            "state", WandbRunData::state, "name", WandbRunData::name,
            "displayName", WandbRunData::displayName, "display_name", WandbRunData::displayName);

    private static final Set<String> COMPARISONS = Set.of("$eq", "$ne", "$gt", "$gte", "$lt", "$lte");

    private RunFilter() {
    }

    static Predicate<WandbRunData> parse(JsonNode filter) {
        if (!filter.isObject()) {
            throw new RunsQuery.QueryException("filters must be a JSON object, got " + filter.getNodeType());
        }
        List<Predicate<WandbRunData>> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            if (key.equals("$and") || key.equals("$or")) {
                List<Predicate<WandbRunData>> parts = new ArrayList<>();
                if (!entry.getValue().isArray()) {
                    throw new RunsQuery.QueryException(key + " needs an array of filters");
                }
                entry.getValue().forEach(part -> parts.add(parse(part)));
                all.add(key.equals("$and") ? run -> parts.stream().allMatch(p -> p.test(run))
                        : run -> parts.stream().anyMatch(p -> p.test(run)));
            } else {
                all.add(field(key, entry.getValue()));
            }
        }
        return run -> all.stream().allMatch(p -> p.test(run));
    }

    private static Predicate<WandbRunData> field(String name, JsonNode condition) {
        Function<WandbRunData, Object> getter = FIELDS.get(name);
        if (getter == null) {
            throw new RunsQuery.QueryException("unsupported filter field '" + name + "'");
        }
        if (!condition.isObject()) {
            return operator(getter, "$eq", condition);
        }
        List<Predicate<WandbRunData>> all = new ArrayList<>();
        condition.fields().forEachRemaining(op -> all.add(operator(getter, op.getKey(), op.getValue())));
        return run -> all.stream().allMatch(p -> p.test(run));
    }

    private static Predicate<WandbRunData> operator(Function<WandbRunData, Object> getter, String op,
            JsonNode operand) {
        if (op.equals("$in")) {
            if (!operand.isArray()) {
                throw new RunsQuery.QueryException("$in needs an array");
            }
            List<Predicate<WandbRunData>> any = new ArrayList<>();
            operand.forEach(value -> any.add(operator(getter, "$eq", value)));
            return run -> any.stream().anyMatch(p -> p.test(run));
        }
        if (!COMPARISONS.contains(op)) {
            throw new RunsQuery.QueryException("unsupported filter operator '" + op + "'");
        }
        return run -> {
            Object actual = getter.apply(run);
            int order = compare(actual, operand);
            return switch (op) {
                case "$eq" -> actual != null && order == 0 || actual == null && operand.isNull();
                case "$ne" -> !(actual != null && order == 0 || actual == null && operand.isNull());
                case "$gt" -> actual != null && order > 0;
                case "$gte" -> actual != null && order >= 0;
                case "$lt" -> actual != null && order < 0;
                default -> actual != null && order <= 0; // $lte
            };
        };
    }

    private static int compare(Object actual, JsonNode operand) {
        if (actual == null || operand.isNull()) {
            return Integer.MIN_VALUE;
        }
        if (actual instanceof Instant instant) {
            return instant.compareTo(instant(operand.asText()));
        }
        return ((String) actual).compareTo(operand.asText());
    }

    /** Parses {@code 2026-11-19T08:00:00}, with optional fraction, {@code Z} or offset; zone-less is UTC. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException bad) {
                throw new RunsQuery.QueryException("not an ISO-8601 timestamp: '" + text + "'");
            }
        }
    }
}
