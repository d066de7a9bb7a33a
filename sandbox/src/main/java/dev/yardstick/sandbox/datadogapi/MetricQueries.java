package dev.yardstick.sandbox.datadogapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers Datadog's v1 metrics query ({@code GET /api/v1/query?from=&to=&query=}) over the points the simulated
 * intake accepted: {@code <avg|sum|min|max>:<metric>{<scope>} [by {<tag>,…}]}, where the scope is {@code *} or
 * comma-separated {@code key:value} terms that must all match. Each group becomes one series whose points are the
 * space aggregate, per timestamp, of the matching points in {@code [from, to]} (seconds), as {@code [ms, value]}.
 */
final class MetricQueries {
    private static final Pattern QUERY = Pattern.compile(
            "^(avg|sum|min|max):([A-Za-z][\\w.]*)\\{([^}]*)\\}(?:\\s+by\\s+\\{([^}]*)\\})?$");

    private final Supplier<List<AcceptedPoint>> points;

    MetricQueries(Supplier<List<AcceptedPoint>> points) {
        this.points = points;
    }

    /** The response body, or {@code null} with the problem in {@code problems} when the query is malformed. */
    ObjectNode answer(String query, long from, long to, List<String> problems) {
        Matcher m = QUERY.matcher(query.trim());
        if (!m.matches()) {
            problems.add("Error parsing query: unable to parse " + query);
            return null;
        }
        String aggregator = m.group(1);
        String metric = m.group(2);
        List<String> scope = terms(m.group(3));
        List<String> by = m.group(4) == null ? List.of() : terms(m.group(4));
        Map<List<String>, TreeMap<Long, List<Double>>> groups = new LinkedHashMap<>();
        for (AcceptedPoint point : points.get()) {
            if (point.metric().equals(metric) && point.timestamp() >= from && point.timestamp() <= to
                    && point.tags().containsAll(scope) && hasAll(point.tags(), by)) {
                groups.computeIfAbsent(groupTags(point.tags(), by), k -> new TreeMap<>())
                        .computeIfAbsent(point.timestamp(), k -> new ArrayList<>()).add(point.value());
            }
        }
        ObjectNode out = Json.object();
        out.put("status", "ok").put("res_type", "time_series").put("query", query)
                .put("from_date", from * 1000).put("to_date", to * 1000);
        ArrayNode series = out.putArray("series");
        groups.forEach((tags, byTime) -> series.add(series(metric, aggregator, scope, tags, byTime)));
        return out;
    }

    private static ObjectNode series(String metric, String aggregator, List<String> scope, List<String> tags,
            TreeMap<Long, List<Double>> byTime) {
        ObjectNode one = Json.object();
        List<String> scopeTerms = new ArrayList<>(scope);
        scopeTerms.addAll(tags);
        one.put("metric", metric).put("aggr", aggregator).put("display_name", metric)
                .put("scope", scopeTerms.isEmpty() ? "*" : String.join(",", scopeTerms))
                .put("expression", aggregator + ":" + metric + "{" + String.join(",", scopeTerms) + "}")
                .put("interval", 1).put("length", byTime.size());
        ArrayNode tagSet = one.putArray("tag_set");
        tags.forEach(tagSet::add);
        ArrayNode list = one.putArray("pointlist");
        byTime.forEach((ts, values) -> list.addArray().add((double) ts * 1000).add(aggregate(aggregator, values)));
        if (!byTime.isEmpty()) {
            one.put("start", byTime.firstKey() * 1000).put("end", byTime.lastKey() * 1000);
        }
        return one;
    }

    private static double aggregate(String aggregator, List<Double> values) {
        switch (aggregator) {
            case "sum":
                return values.stream().mapToDouble(Double::doubleValue).sum();
            case "min":
                return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            case "max":
                return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            default:
                return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    private static List<String> terms(String text) {
        return List.of(text.split(",")).stream().map(String::trim).filter(t -> !t.isEmpty() && !"*".equals(t))
                .collect(Collectors.toList());
    }

    private static boolean hasAll(List<String> tags, List<String> keys) {
        return keys.stream().allMatch(key -> tags.stream().anyMatch(tag -> tag.startsWith(key + ":")));
    }

    private static List<String> groupTags(List<String> tags, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            tags.stream().filter(tag -> tag.startsWith(key + ":")).sorted().findFirst().ifPresent(out::add);
        }
        return out;
    }
}
