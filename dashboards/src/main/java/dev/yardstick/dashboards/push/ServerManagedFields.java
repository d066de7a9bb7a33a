package dev.yardstick.dashboards.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The fields Datadog manages itself, which {@code plan} ignores when they are live but absent from the code
 * (every other live-only key is UI drift: shown by plan, removed by push). Documented in docs/dashboards.md.
 */
public final class ServerManagedFields {
    /** Top-level fields of a dashboard or monitor that the service sets: identity, authorship, timestamps, state. */
    public static final Set<String> TOP_LEVEL = Set.of("id", "url", "author_handle", "author_name", "created_at",
            "modified_at", "is_read_only", "restricted_roles", "created", "modified", "creator", "overall_state",
            "overall_state_modified", "deleted", "org_id", "multi", "matching_downtimes", "state", "draft_status",
            "pause_auto_refresh");
    /** The id the service gives every widget (at any depth, inside groups too). */
    public static final String WIDGET_ID = "id";
    /** Monitor options the service fills with its default; a live value other than the default is drift. */
    public static final Map<String, JsonNode> OPTION_DEFAULTS = Map.of(
            "notify_audit", JsonNodeValues.FALSE,
            "new_host_delay", JsonNodeValues.number(300),
            "silenced", JsonNodeValues.EMPTY_OBJECT,
            "escalation_message", JsonNodeValues.EMPTY_STRING,
            "include_tags", JsonNodeValues.TRUE,
            "require_full_window", JsonNodeValues.FALSE,
            "notify_no_data", JsonNodeValues.FALSE);

    private ServerManagedFields() {
    }

    /**
     * Whether a live-only field at this path is the service's, not drift.
     *
     * @param path the JSON path of the field's parent ("" for the top level)
     * @param field the field name
     * @param live its live value
     * @return true when plan should ignore it
     */
    public static boolean ignored(String path, String field, JsonNode live) {
        if (path.isEmpty()) {
            return TOP_LEVEL.contains(field);
        }
        if (WIDGET_ID.equals(field) && path.endsWith("]") && path.contains("widgets[")) {
            return true;
        }
        if ("options".equals(path) && OPTION_DEFAULTS.containsKey(field)) {
            JsonNode def = OPTION_DEFAULTS.get(field);
            return def.isNumber() && live.isNumber() ? def.decimalValue().compareTo(live.decimalValue()) == 0 : def.equals(live);
        }
        return false;
    }

    /** Small constant nodes. */
    private static final class JsonNodeValues {
        static final JsonNode FALSE = com.fasterxml.jackson.databind.node.BooleanNode.FALSE;
        static final JsonNode TRUE = com.fasterxml.jackson.databind.node.BooleanNode.TRUE;
        static final JsonNode EMPTY_OBJECT = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        static final JsonNode EMPTY_STRING = com.fasterxml.jackson.databind.node.TextNode.valueOf("");

        static JsonNode number(int n) {
            return com.fasterxml.jackson.databind.node.IntNode.valueOf(n);
        }
    }
}
