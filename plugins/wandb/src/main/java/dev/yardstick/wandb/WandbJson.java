package dev.yardstick.wandb;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns W&B GraphQL answers into {@link WandbRun}s. Unknown fields are ignored; a missing or mistyped field a
 * metric needs is a {@link FailureKind#BAD_RESPONSE}. Timestamps without a zone (as W&B sends them) are UTC.
 * The JSON-encoded {@code summaryMetrics} and {@code config} are decoded leniently ({@code NaN} and
 * {@code Infinity} literals, which W&B writes, are accepted); one that cannot be decoded becomes a problem of
 * the run, not a failure.
 */
final class WandbJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private WandbJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonNode parse(String body, String what) throws WandbApiException {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode() || !node.isObject()) {
                throw bad(what, "expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException malformed) {
            throw bad(what, "malformed JSON (" + malformed.getOriginalMessage() + ")");
        }
    }

    static WandbRun run(JsonNode node) throws WandbApiException {
        String what = "run";
        String name = text(node, "name", what);
        List<String> problems = new ArrayList<>();
        JsonNode display = node.path("displayName");
        return new WandbRun(name, display.isTextual() ? display.asText() : null, text(node, "state", what),
                instant(node, "createdAt", name), optionalInstant(node, "heartbeatAt", name),
                encoded(node, "summaryMetrics", problems), encoded(node, "config", problems), problems);
    }

    /** Decodes a JSON-encoded object field; null and absent are empty, anything undecodable is a problem. */
    private static JsonNode encoded(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.path(field);
        if (value.isObject()) {
            return value;
        }
        if (value.isMissingNode() || value.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!value.isTextual()) {
            problems.add(field + " is a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not a JSON-encoded object");
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode decoded = LENIENT.readTree(value.asText());
            if (decoded == null || decoded.isMissingNode() || decoded.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!decoded.isObject()) {
                problems.add(field + " encodes a JSON " + decoded.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ", not an object");
                return JsonNodeFactory.instance.objectNode();
            }
            return decoded;
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String reason = malformed.getOriginalMessage().split(": | \\(|\\n", 2)[0];
            problems.add(field + " is not valid JSON (" + reason + (at == null ? "" : " at column "
                    + at.getColumnNr()) + ")");
            return JsonNodeFactory.instance.objectNode();
        }
    }

    static String text(JsonNode node, String field, String what) throws WandbApiException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node, String field, String run) throws WandbApiException {
        Instant value = optionalInstant(node, field, run);
        if (value == null) {
            throw bad("run " + run, "field '" + field + "' is missing");
        }
        return value;
    }

    private static Instant optionalInstant(JsonNode node, String field, String run) throws WandbApiException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                throw bad("run " + run, "field '" + field + "' is not an ISO-8601 timestamp: '" + text + "'");
            }
        }
    }

    static WandbApiException bad(String what, String problem) {
        return new WandbApiException(FailureKind.BAD_RESPONSE, what + ": " + problem);
    }
}
