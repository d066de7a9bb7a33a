package dev.yardstick.skypilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.FailureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the API server's answers: request ids, request payloads with their JSON-encoded return values and errors,
 * FastAPI error details, and the cluster and job records. Unknown fields are ignored; a mistyped field a metric
 * needs is a {@link FailureKind#BAD_RESPONSE}.
 */
final class SkypilotJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_MESSAGE = 300;

    private SkypilotJson() {
    }

    static JsonNode parse(String text, String what) throws SkypilotApiException {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw bad(what, "empty body");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw bad(what, "malformed JSON (" + malformed.getOriginalMessage() + ")");
        }
    }

    /** The request id of a JSON body {@code {"request_id": …}}, if the body has one. */
    static Optional<String> requestIdInBody(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            JsonNode id = node == null ? null : node.path("request_id");
            return id != null && id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** A request's error: the message of an encoded exception, or the text as given. */
    static String errorMessage(JsonNode error) {
        if (error == null || error.isNull() || error.isMissingNode()) {
            return "no error message";
        }
        JsonNode decoded = error;
        if (error.isTextual()) {
            try {
                decoded = MAPPER.readTree(error.asText());
            } catch (JsonProcessingException plainText) {
                return cut(error.asText());
            }
        }
        if (decoded != null && decoded.isObject() && decoded.path("message").isTextual()) {
            String type = decoded.path("type").asText("");
            return cut((type.isEmpty() ? "" : type + ": ") + decoded.path("message").asText());
        }
        return cut(decoded == null ? error.asText() : decoded.isTextual() ? decoded.asText() : decoded.toString());
    }

    /** The message of a FastAPI error body {@code {"detail": …}}; a failed request in {@code detail} gives its error. */
    static String detail(String body) {
        try {
            JsonNode detail = MAPPER.readTree(body).path("detail");
            if (detail.isTextual()) {
                return cut(detail.asText());
            }
            if (detail.isObject() && detail.has("error")) {
                return errorMessage(detail.get("error"));
            }
            return detail.isMissingNode() ? cut(body) : cut(detail.toString());
        } catch (JsonProcessingException notJson) {
            return cut(body);
        }
    }

    /** Decodes a request's {@code return_value}, a JSON document encoded as a JSON string. */
    static JsonNode returnValue(JsonNode payload, String what) throws SkypilotApiException {
        JsonNode value = payload.path("return_value");
        if (value.isTextual()) {
            return parse(value.asText(), what + " return_value");
        }
        if (value.isMissingNode()) {
            throw bad(what, "the request payload has no return_value");
        }
        return value;
    }

    /** The status of every cluster of a {@code /status} result. */
    static List<String> clusterStatuses(JsonNode result) throws SkypilotApiException {
        List<String> statuses = new ArrayList<>();
        for (JsonNode cluster : array(result, "cluster list")) {
            statuses.add(simpleStatus(text(cluster, "status", "cluster")));
        }
        return statuses;
    }

    /** The jobs of a jobs-queue result: a list of records, or an object whose {@code jobs} is that list. */
    static List<ManagedJob> jobs(JsonNode result) throws SkypilotApiException {
        JsonNode list = result.isObject() ? result.path("jobs") : result;
        List<ManagedJob> jobs = new ArrayList<>();
        for (JsonNode job : array(list, "jobs queue")) {
            jobs.add(job(job));
        }
        return jobs;
    }

    static ManagedJob job(JsonNode node) throws SkypilotApiException {
        JsonNode id = node.path("job_id");
        if (!(id.isIntegralNumber() || id.isTextual())) {
            throw bad("job", "field 'job_id' is missing or neither a number nor a string");
        }
        String what = "job " + id.asText();
        Double recoveries = number(node, "recovery_count", what);
        return new ManagedJob(id.asText(), simpleStatus(text(node, "status", what)), optionalText(node, "user_name",
                what), number(node, "job_duration", what), accelerators(node, what),
                optionalText(node, "cluster_resources", what), optionalText(node, "region", what),
                recoveries == null ? 0 : recoveries.intValue(), number(node, "submitted_at", what),
                number(node, "start_at", what), number(node, "end_at", what));
    }

    private static Map<String, Double> accelerators(JsonNode node, String what) throws SkypilotApiException {
        JsonNode value = node.path("accelerators");
        Map<String, Double> counts = new LinkedHashMap<>();
        if (value.isMissingNode() || value.isNull()) {
            return counts;
        }
        if (!value.isObject()) {
            throw bad(what, "field 'accelerators' is not an object of name to count");
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isNumber()) {
                throw bad(what, "accelerator '" + entry.getKey() + "' has no numeric count");
            }
            counts.put(entry.getKey(), entry.getValue().doubleValue());
        }
        return counts;
    }

    /** {@code ManagedJobStatus.RUNNING} and {@code RUNNING} are the same status. */
    private static String simpleStatus(String status) {
        return status.substring(status.lastIndexOf('.') + 1);
    }

    private static List<JsonNode> array(JsonNode node, String what) throws SkypilotApiException {
        if (!node.isArray()) {
            throw bad(what, "expected a JSON array");
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    private static String text(JsonNode node, String field, String what) throws SkypilotApiException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field, String what) throws SkypilotApiException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is not a string");
        }
        return value.asText();
    }

    private static Double number(JsonNode node, String field, String what) throws SkypilotApiException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw bad(what, "field '" + field + "' is not a number");
        }
        return value.doubleValue();
    }

    private static String cut(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }

    private static SkypilotApiException bad(String what, String problem) {
        return new SkypilotApiException(FailureKind.BAD_RESPONSE, what + ": " + problem);
    }
}
