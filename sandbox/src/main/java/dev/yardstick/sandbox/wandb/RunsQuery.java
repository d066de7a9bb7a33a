package dev.yardstick.sandbox.wandb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one GraphQL query shape the simulated W&B answers, read from a request body
 * {@code {"query": …, "variables": {…}}}: the arguments of {@code project(…)} and {@code runs(…)}, each a
 * literal or a {@code $variable}, and the fields selected on the run {@code node}. Not a general GraphQL parser.
 *
 * @param entity the entity name
 * @param project the project name
 * @param filters the {@code filters} JSON string, if any
 * @param first the page size, if given
 * @param after the cursor, if given
 * @param order the order, if given
 * @param nodeFields the fields selected on each run
 */
record RunsQuery(String entity, String project, Optional<String> filters, Optional<Integer> first,
        Optional<String> after, Optional<String> order, Set<String> nodeFields) {

    private static final Pattern PROJECT = Pattern.compile("\\bproject\\s*\\(([^)]*)\\)");
    private static final Pattern RUNS = Pattern.compile("\\bruns\\s*\\(([^)]*)\\)");
    private static final Pattern ARGUMENT = Pattern.compile(
            "(\\w+)\\s*:\\s*(\\$\\w+|\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|null|true|false)");
    private static final Pattern NODE = Pattern.compile("\\bnode\\s*\\{([^{}]*)}");

    /** A request the simulator cannot answer; becomes a GraphQL error. */
    static final class QueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueryException(String message) {
            super(message);
        }
    }

    static RunsQuery parse(JsonNode body) {
        JsonNode query = body.path("query");
        if (!query.isTextual()) {
            throw new QueryException("Must provide query string.");
        }
        JsonNode variables = body.path("variables");
        Map<String, JsonNode> project = arguments(PROJECT, query.asText(), variables, "project");
        Map<String, JsonNode> runs = arguments(RUNS, query.asText(), variables, "runs");
        Matcher node = NODE.matcher(query.asText());
        if (!node.find()) {
            throw new QueryException("the query selects no run fields (edges { node { … } })");
        }
        Set<String> fields = new LinkedHashSet<>();
        for (String field : node.group(1).trim().split("[\\s,]+")) {
            fields.add(field);
        }
        return new RunsQuery(text(project, "entityName").orElseThrow(() -> missing("entityName")),
                text(project, "name").orElseThrow(() -> missing("name")), text(runs, "filters"),
                Optional.ofNullable(runs.get("first")).filter(JsonNode::canConvertToInt).map(JsonNode::intValue),
                text(runs, "after"), text(runs, "order"), fields);
    }

    private static Map<String, JsonNode> arguments(Pattern call, String query, JsonNode variables, String what) {
        Matcher matcher = call.matcher(query);
        if (!matcher.find()) {
            throw new QueryException("the query has no " + what + "(…) field");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Matcher argument = ARGUMENT.matcher(matcher.group(1));
        while (argument.find()) {
            String raw = argument.group(2);
            JsonNode value = raw.startsWith("$") ? variables.path(raw.substring(1)) : Json.parse(raw);
            if (!value.isMissingNode() && !value.isNull()) {
                values.put(argument.group(1), value);
            }
        }
        return values;
    }

    private static Optional<String> text(Map<String, JsonNode> arguments, String name) {
        JsonNode value = arguments.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new QueryException("Variable for argument \"" + name + "\" got invalid value " + value
                    + "; expected type String");
        }
        return Optional.of(value.asText());
    }

    private static QueryException missing(String argument) {
        return new QueryException("Field \"project\" argument \"" + argument + "\" of type \"String\" is required");
    }
}
