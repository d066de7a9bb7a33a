package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dashboards and monitors in Datadog, addressed by id or found by their identity marker or tag. */
public final class RemoteStore {
    private final DatadogApi api;
    private List<JsonNode> dashboardList;

    /**
     * Creates a store.
     *
     * @param api the raw-JSON client
     */
    public RemoteStore(DatadogApi api) {
        this.api = requireNonNull(api, "api");
    }

    /** The identity marker written into a dashboard's description. */
    public static String marker(String key) {
        return "[yardstick-key:" + key + "]";
    }

    /** The identity tag of a monitor. */
    public static String tag(String key) {
        return "yardstick-key:" + key;
    }

    /** GETs one object; empty when the id does not exist (404). Other failures throw. */
    public Optional<JsonNode> fetch(ArtifactKind kind, String id) {
        try {
            return Optional.of(api.get(operation(kind, "get"), path(kind) + "/" + id, Map.of()));
        } catch (DatadogApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Ids of live objects carrying this key's marker (dashboards) or tag (monitors), oldest first. */
    public List<String> findByKey(ArtifactKind kind, String key) {
        List<String> ids = new ArrayList<>();
        if (kind == ArtifactKind.DASHBOARD) {
            for (JsonNode d : dashboards()) {
                if (d.path("description").asText("").contains(marker(key))) {
                    ids.add(d.path("id").asText());
                }
            }
        } else {
            for (JsonNode m : api.get(operation(kind, "list"), path(kind), Map.of("monitor_tags", tag(key)))) {
                ids.add(m.path("id").asText());
            }
        }
        return ids;
    }

    /** Every live dashboard summary (id, title, description …), listed once per store. */
    public List<JsonNode> dashboards() {
        if (dashboardList == null) {
            List<JsonNode> list = new ArrayList<>();
            api.get("v1.DashboardsApi.listDashboards", "/api/v1/dashboard", Map.of()).path("dashboards").forEach(list::add);
            dashboardList = list;
        }
        return List.copyOf(dashboardList);
    }

    /** Every live monitor tagged managed-by:yardstick. */
    public List<JsonNode> managedMonitors() {
        List<JsonNode> list = new ArrayList<>();
        api.get(operation(ArtifactKind.MONITOR, "list"), path(ArtifactKind.MONITOR), Map.of("monitor_tags", "managed-by:yardstick"))
                .forEach(list::add);
        return list;
    }

    /** A live object that carries a Yardstick key. */
    public record Managed(String key, String id, String title) {
    }

    /** Every live dashboard or monitor carrying a Yardstick key (description marker or key tag). */
    public List<Managed> managed(ArtifactKind kind) {
        List<Managed> out = new ArrayList<>();
        if (kind == ArtifactKind.DASHBOARD) {
            for (JsonNode d : dashboards()) {
                String description = d.path("description").asText("");
                int at = description.indexOf("[yardstick-key:");
                int end = at < 0 ? -1 : description.indexOf(']', at);
                if (end > 0) {
                    out.add(new Managed(description.substring(at + 15, end), d.path("id").asText(), d.path("title").asText()));
                }
            }
        } else {
            for (JsonNode m : managedMonitors()) {
                for (JsonNode t : m.path("tags")) {
                    if (t.asText().startsWith("yardstick-key:")) {
                        out.add(new Managed(t.asText().substring(14), m.path("id").asText(), m.path("name").asText()));
                    }
                }
            }
        }
        return out;
    }

    /** POSTs a new object and returns the id Datadog assigned. */
    public String create(ArtifactKind kind, JsonNode body) {
        dashboardList = null;
        return api.post(operation(kind, "create"), path(kind), body).path("id").asText();
    }

    /** PUTs the full object. */
    public void update(ArtifactKind kind, String id, JsonNode body) {
        dashboardList = null;
        api.put(operation(kind, "update"), path(kind) + "/" + id, body);
    }

    /** DELETEs an object. */
    public void delete(ArtifactKind kind, String id) {
        dashboardList = null;
        api.delete(operation(kind, "delete"), path(kind) + "/" + id);
    }

    /** Asks Datadog to validate a monitor definition (POST /api/v1/monitor/validate). */
    public void validateMonitor(JsonNode body) {
        api.post("v1.MonitorsApi.validateMonitor", "/api/v1/monitor/validate", body);
    }

    private static String path(ArtifactKind kind) {
        return kind == ArtifactKind.DASHBOARD ? "/api/v1/dashboard" : "/api/v1/monitor";
    }

    private static String operation(ArtifactKind kind, String verb) {
        String noun = kind == ArtifactKind.DASHBOARD ? "Dashboard" : "Monitor";
        String api = kind == ArtifactKind.DASHBOARD ? "v1.DashboardsApi." : "v1.MonitorsApi.";
        return api + verb + ("list".equals(verb) ? noun + "s" : noun);
    }
}
