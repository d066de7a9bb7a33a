package dev.yardstick.asana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.FailureKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Asana REST answers into records. Unknown fields are ignored; a missing or mistyped field that a metric needs
 * is a {@link FailureKind#BAD_RESPONSE}.
 */
final class AsanaJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AsanaJson() {
    }

    /** One page of a listing: its items and the offset of the next page, empty on the last. */
    record Page(List<JsonNode> data, Optional<String> nextOffset) {
    }

    static Page page(String body, String what) throws AsanaApiException {
        JsonNode root = parse(body, what);
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw bad(what, "field 'data' is missing or not an array");
        }
        List<JsonNode> items = new ArrayList<>(data.size());
        data.forEach(items::add);
        JsonNode next = root.path("next_page");
        if (next.isMissingNode() || next.isNull()) {
            return new Page(items, Optional.empty());
        }
        JsonNode offset = next.path("offset");
        if (!offset.isTextual() || offset.asText().isEmpty()) {
            throw bad(what, "field 'next_page.offset' is missing or not a string");
        }
        return new Page(items, Optional.of(offset.asText()));
    }

    /** The {@code errors[].message} texts of an error answer; empty when the body is not Asana's error shape. */
    static List<String> errorMessages(String body) {
        List<String> messages = new ArrayList<>();
        try {
            JsonNode errors = MAPPER.readTree(body).path("errors");
            errors.forEach(error -> {
                if (error.path("message").isTextual()) {
                    messages.add(error.path("message").asText());
                }
            });
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            // An error page that is not JSON has no messages to quote.
        }
        return messages;
    }

    static AsanaProject project(JsonNode node) throws AsanaApiException {
        String what = "project";
        JsonNode status = node.path("current_status_update");
        Optional<String> type = status.isObject() && status.path("status_type").isTextual()
                ? Optional.of(status.path("status_type").asText()) : Optional.empty();
        return new AsanaProject(text(node, "gid", what), type);
    }

    /** An open bug, with the section of its membership in the bugs project (not its first membership). */
    static AsanaTask openBug(JsonNode node, String bugsProject) throws AsanaApiException {
        String what = "open bug";
        Optional<String> section = Optional.empty();
        for (JsonNode membership : node.path("memberships")) {
            if (bugsProject.equals(membership.path("project").path("gid").asText(null))) {
                JsonNode name = membership.path("section").path("name");
                section = name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
                break;
            }
        }
        return new AsanaTask(text(node, "gid", what), instant(node, "created_at", what),
                node.path("completed").asBoolean(false), Optional.empty(), section);
    }

    /** A task of the completed-since listing, which holds incomplete tasks too. */
    static AsanaTask recentBug(JsonNode node) throws AsanaApiException {
        String what = "completed bug";
        JsonNode completed = node.path("completed");
        if (!completed.isBoolean()) {
            throw bad(what, "field 'completed' is missing or not a boolean");
        }
        Optional<Instant> completedAt = completed.asBoolean()
                ? Optional.of(instant(node, "completed_at", what)) : Optional.empty();
        return new AsanaTask(text(node, "gid", what), instant(node, "created_at", what), completed.asBoolean(),
                completedAt, Optional.empty());
    }

    private static JsonNode parse(String body, String what) throws AsanaApiException {
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

    private static String text(JsonNode node, String field, String what) throws AsanaApiException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static Instant instant(JsonNode node, String field, String what) throws AsanaApiException {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw bad(what, "field '" + field + "' is missing or not a string");
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException unparsable) {
            throw bad(what, "field '" + field + "' is not an ISO-8601 instant: '" + value.asText() + "'");
        }
    }

    private static AsanaApiException bad(String what, String problem) {
        return new AsanaApiException(FailureKind.BAD_RESPONSE, what + ": " + problem);
    }
}
