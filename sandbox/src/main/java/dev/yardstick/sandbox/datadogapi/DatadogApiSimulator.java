package dev.yardstick.sandbox.datadogapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated Datadog dashboards and monitors API: {@code /api/v1/dashboard[/{id}]} and
 * {@code /api/v1/monitor[/{id}]} with GET, POST, PUT, DELETE and list, plus {@code POST /api/v1/monitor/validate},
 * and the metrics query {@code GET /api/v1/query} over the points given to {@link #serveQueriesFrom}.
 * Both {@code DD-API-KEY} and {@code DD-APPLICATION-KEY} are required. Like the real service it assigns
 * ids, adds read-only fields (author, timestamps, url, widget ids) and option defaults to what it
 * returns, so a client has to diff only what it owns. Faults (429, 5xx) come from {@link #faults()}.
 */
public final class DatadogApiSimulator extends SimulatedApi {
    private static final Pattern DASHBOARD = Pattern.compile("^/api/v1/dashboard(?:/([^/]+))?$");
    private static final Pattern MONITOR = Pattern.compile("^/api/v1/monitor(?:/([^/]+))?$");

    private final Optional<String> apiKey;
    private final Map<String, ObjectNode> dashboards = new LinkedHashMap<>();
    private final Map<Long, ObjectNode> monitors = new LinkedHashMap<>();
    private long nextId = 1;
    private MetricQueries queries = new MetricQueries(List::of);

    /**
     * Creates the simulator.
     *
     * @param clock the clock timestamps come from
     * @param apiKey when present, the only API key accepted
     */
    public DatadogApiSimulator(Clock clock, Optional<String> apiKey) {
        super("datadog-api", clock);
        this.apiKey = apiKey;
    }

    /** The stored dashboards by id (as the service would return them). */
    public synchronized Map<String, JsonNode> dashboards() {
        return Map.copyOf(dashboards);
    }

    /** The stored monitors by id. */
    public synchronized Map<Long, JsonNode> monitors() {
        return Map.copyOf(monitors);
    }

    /**
     * Makes {@code GET /api/v1/query} answer from these points (typically the simulated intake's accepted points,
     * so what a run delivered can be read back); without it every query answers no series.
     *
     * @param source the points, read at each query
     */
    public synchronized void serveQueriesFrom(Supplier<List<AcceptedPoint>> source) {
        queries = new MetricQueries(source);
    }

    /** Stores a dashboard directly, as if made in the UI; returns its id. */
    public synchronized String seedDashboard(JsonNode body) {
        return createDashboard(body).get("id").asText();
    }

    @Override
    public synchronized void reset() {
        super.reset();
        dashboards.clear();
        monitors.clear();
        nextId = 1;
    }

    @Override
    protected synchronized SimulatedResponse handle(ReceivedRequest request) {
        if (request.header("DD-API-KEY").filter(k -> !k.isBlank() && apiKey.map(k::equals).orElse(true)).isEmpty()
                || request.header("DD-APPLICATION-KEY").filter(k -> !k.isBlank()).isEmpty()) {
            return errorResponse(403, "Forbidden");
        }
        if ("/api/v1/query".equals(request.path()) && "GET".equals(request.method())) {
            return query(request);
        }
        Matcher d = DASHBOARD.matcher(request.path());
        if (d.matches()) {
            return d.group(1) == null ? dashboardCollection(request) : dashboardItem(request, d.group(1));
        }
        if ("/api/v1/monitor/validate".equals(request.path()) && "POST".equals(request.method())) {
            List<String> problems = MonitorChecks.problems(Json.parse(request.decodedBody()));
            return problems.isEmpty() ? SimulatedResponse.json(200, Json.object()) : SimulatedResponse.json(400, Map.of("errors", problems));
        }
        Matcher m = MONITOR.matcher(request.path());
        if (m.matches()) {
            return m.group(1) == null ? monitorCollection(request) : monitorItem(request, m.group(1));
        }
        return errorResponse(404, "Not found: " + request.path());
    }

    private SimulatedResponse query(ReceivedRequest request) {
        List<String> problems = new ArrayList<>();
        try {
            long from = Long.parseLong(request.queryParameter("from").orElse(""));
            long to = Long.parseLong(request.queryParameter("to").orElse(""));
            ObjectNode answer = queries.answer(request.queryParameter("query").orElse(""), from, to, problems);
            return answer == null ? SimulatedResponse.json(400, Map.of("errors", problems))
                    : SimulatedResponse.json(200, answer);
        } catch (NumberFormatException e) {
            return SimulatedResponse.json(400, Map.of("errors", List.of("from and to must be epoch seconds")));
        }
    }

    private SimulatedResponse dashboardCollection(ReceivedRequest request) {
        switch (request.method()) {
            case "GET":
                ArrayNode list = Json.array();
                dashboards.values().forEach(stored -> {
                    ObjectNode summary = list.addObject();
                    for (String f : List.of("id", "title", "description", "layout_type", "url", "author_handle", "created_at", "modified_at")) {
                        summary.set(f, stored.get(f));
                    }
                });
                ObjectNode out = Json.object();
                out.set("dashboards", list);
                return SimulatedResponse.json(200, out);
            case "POST":
                JsonNode body = Json.parse(request.decodedBody());
                List<String> problems = DashboardChecks.problems(body);
                return problems.isEmpty() ? SimulatedResponse.json(200, createDashboard(body))
                        : SimulatedResponse.json(400, Map.of("errors", problems));
            default:
                return errorResponse(405, "Method not allowed");
        }
    }

    private SimulatedResponse dashboardItem(ReceivedRequest request, String id) {
        ObjectNode stored = dashboards.get(id);
        if (stored == null) {
            return errorResponse(404, "Dashboard " + id + " not found");
        }
        switch (request.method()) {
            case "GET":
                return SimulatedResponse.json(200, stored);
            case "PUT":
                JsonNode body = Json.parse(request.decodedBody());
                List<String> problems = DashboardChecks.problems(body);
                if (!problems.isEmpty()) {
                    return SimulatedResponse.json(400, Map.of("errors", problems));
                }
                ObjectNode updated = serverView(body, id, stored.get("created_at").asText());
                dashboards.put(id, updated);
                return SimulatedResponse.json(200, updated);
            case "DELETE":
                dashboards.remove(id);
                return SimulatedResponse.json(200, Map.of("deleted_dashboard_id", id));
            default:
                return errorResponse(405, "Method not allowed");
        }
    }

    private SimulatedResponse monitorCollection(ReceivedRequest request) {
        switch (request.method()) {
            case "GET":
                List<String> wanted = request.queryParameter("monitor_tags").map(t -> List.of(t.split(","))).orElse(List.of());
                ArrayNode list = Json.array();
                monitors.values().stream().filter(m -> hasTags(m, wanted)).forEach(list::add);
                return SimulatedResponse.json(200, list);
            case "POST":
                JsonNode body = Json.parse(request.decodedBody());
                List<String> problems = MonitorChecks.problems(body);
                if (!problems.isEmpty()) {
                    return SimulatedResponse.json(400, Map.of("errors", problems));
                }
                long id = 1_000_000L + nextId++;
                ObjectNode created = MonitorChecks.serverView(body, id, clock().instant().toString());
                monitors.put(id, created);
                return SimulatedResponse.json(200, created);
            default:
                return errorResponse(405, "Method not allowed");
        }
    }

    private SimulatedResponse monitorItem(ReceivedRequest request, String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            return errorResponse(400, "monitor id must be a number");
        }
        ObjectNode stored = monitors.get(id);
        if (stored == null) {
            return errorResponse(404, "Monitor not found");
        }
        switch (request.method()) {
            case "GET":
                return SimulatedResponse.json(200, stored);
            case "PUT":
                JsonNode body = Json.parse(request.decodedBody());
                List<String> problems = MonitorChecks.problems(body);
                if (!problems.isEmpty()) {
                    return SimulatedResponse.json(400, Map.of("errors", problems));
                }
                ObjectNode updated = MonitorChecks.serverView(body, id, stored.get("created").asText());
                monitors.put(id, updated);
                return SimulatedResponse.json(200, updated);
            case "DELETE":
                monitors.remove(id);
                return SimulatedResponse.json(200, Map.of("deleted_monitor_id", id));
            default:
                return errorResponse(405, "Method not allowed");
        }
    }

    private ObjectNode createDashboard(JsonNode body) {
        long n = nextId++;
        String id = String.format("%03d-%s-%s", n % 1000, "ysk", Long.toString(36 * 36 + n, 36));
        ObjectNode created = serverView(body, id, clock().instant().toString());
        dashboards.put(id, created);
        return created;
    }

    private ObjectNode serverView(JsonNode body, String id, String createdAt) {
        ObjectNode out = Json.object();
        out.put("id", id);
        body.fields().forEachRemaining(e -> {
            if (!DashboardChecks.READ_ONLY.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        DashboardChecks.addWidgetIds(out.path("widgets"), new long[] {id.hashCode() & 0xffffL});
        out.put("url", "/dashboard/" + id);
        out.put("author_handle", "yardstick@example.com");
        out.put("created_at", createdAt);
        out.put("modified_at", clock().instant().toString());
        out.put("is_read_only", false);
        return out;
    }

    private static boolean hasTags(JsonNode monitor, List<String> wanted) {
        for (String tag : wanted) {
            boolean found = false;
            for (JsonNode t : monitor.path("tags")) {
                found |= t.asText().equals(tag);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
