package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One difference between the compiled (desired) JSON and what is live.
 *
 * @param path the JSON path, e.g. {@code widgets[3].definition.title}
 * @param live the live value, or a missing node when live lacks it
 * @param desired the compiled value, or a missing node when code lacks it
 */
public record Change(String path, JsonNode live, JsonNode desired) {

    /** Validates the components. */
    public Change {
        requireNonNull(path, "path");
        live = live == null ? MissingNode.getInstance() : live;
        desired = desired == null ? MissingNode.getInstance() : desired;
    }

    /** Renders as {@code path: live → desired}. */
    public String render() {
        return path + ": " + show(live) + " → " + show(desired);
    }

    private static String show(JsonNode n) {
        if (n.isMissingNode()) {
            return "(absent)";
        }
        String text = n.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
