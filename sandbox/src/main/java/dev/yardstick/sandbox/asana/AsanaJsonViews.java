package dev.yardstick.sandbox.asana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asana's JSON shapes of simulated objects, cut down to what {@code opt_fields} asks for: every object (nested ones
 * too) keeps its {@code gid}; without {@code opt_fields} a listing returns compact records ({@code gid},
 * {@code resource_type}, {@code name}).
 */
final class AsanaJsonViews {
    private AsanaJsonViews() {
    }

    static ObjectNode project(ProjectData project) {
        ObjectNode node = compact(project.gid(), "project", project.name());
        node.put("archived", project.archived());
        if (project.statusType() == null) {
            node.putNull("current_status_update");
        } else {
            ObjectNode status = compact(project.gid() + "0", "status_update", "Status of " + project.name());
            node.set("current_status_update", status.put("status_type", project.statusType()));
        }
        return node;
    }

    static ObjectNode task(TaskData task, Map<String, String> projectNames) {
        ObjectNode node = compact(task.gid(), "task", task.name());
        node.put("created_at", task.createdAt().toString());
        node.put("completed", task.completed());
        if (task.completed()) {
            node.put("completed_at", task.completedAt().toString());
        } else {
            node.putNull("completed_at");
        }
        ArrayNode memberships = node.putArray("memberships");
        for (MembershipData membership : task.memberships()) {
            ObjectNode entry = memberships.addObject();
            entry.set("project", compact(membership.projectGid(), "project",
                    projectNames.getOrDefault(membership.projectGid(), "")));
            if (membership.sectionGid() == null) {
                entry.putNull("section");
            } else {
                entry.set("section", compact(membership.sectionGid(), "section", membership.sectionName()));
            }
        }
        return node;
    }

    /** Keeps the fields {@code opt_fields} names (dotted paths), or the compact record without it. */
    static JsonNode select(ObjectNode full, Optional<String> optFields) {
        if (optFields.isEmpty() || optFields.get().isBlank()) {
            ObjectNode compact = Json.object();
            for (String field : List.of("gid", "resource_type", "name")) {
                compact.set(field, full.get(field));
            }
            return compact;
        }
        return select(full, Arrays.stream(optFields.get().split(",")).map(String::trim)
                .filter(path -> !path.isEmpty()).toList());
    }

    private static JsonNode select(JsonNode node, List<String> paths) {
        if (node == null || node.isNull() || paths.isEmpty()) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode items = Json.array();
            node.forEach(item -> items.add(select(item, paths)));
            return items;
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String path : paths) {
            int dot = path.indexOf('.');
            String field = dot < 0 ? path : path.substring(0, dot);
            List<String> rest = byField.computeIfAbsent(field, key -> new ArrayList<>());
            if (dot >= 0) {
                rest.add(path.substring(dot + 1));
            }
        }
        ObjectNode selected = Json.object();
        selected.set("gid", node.get("gid"));
        byField.forEach((field, rest) -> {
            if (node.has(field)) {
                selected.set(field, select(node.get(field), rest));
            }
        });
        return selected;
    }

    private static ObjectNode compact(String gid, String type, String name) {
        ObjectNode node = Json.object();
        return node.put("gid", gid).put("resource_type", type).put("name", name);
    }
}
