package dev.yardstick.sandbox.skypilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A simulated SkyPilot API server on loopback: {@code POST /status}, {@code POST /jobs/queue/v2} and the legacy
 * {@code POST /jobs/queue} schedule asynchronous requests whose id comes back in a header (or the body);
 * {@code GET /api/get} blocks until a request is done and answers its payload with a JSON-encoded
 * {@code return_value}; {@code POST /api/cancel} cancels. Errors have FastAPI's {@code {"detail": …}} shape.
 * Faults on demand: requests that stay pending, expire (404), fail (500 or FAILED), a server without
 * {@code /jobs/queue/v2}, both shapes of the jobs result and the three ways of returning the request id; the
 * generic {@link #faults()} add 503s, hangs and latency on any path.
 */
public final class SkypilotSimulator extends SimulatedApi {
    /** The token the sandbox's simulator accepts. */
    public static final String DEFAULT_TOKEN = "sandbox-skypilot-token";

    /** Which query a request answers. */
    public enum Section { CLUSTERS, JOBS }

    /** The shape of the jobs result: a bare list of records, or the v2 object with totals. */
    public enum JobsShape { LIST, OBJECT }

    /** Where the server returns the id of a new request. */
    public enum RequestIdStyle { SKYPILOT_HEADER, LEGACY_HEADER, BODY }

    private final SkypilotDataSet data;
    private final SkypilotAuth auth;
    private final SkypilotRequests requests = new SkypilotRequests();
    private final Map<Section, Deque<RequestFault>> requestFaults = new EnumMap<>(Section.class);
    private final List<String> cancelled = new ArrayList<>();
    private final Map<Section, List<String>> scheduled = new EnumMap<>(Section.class);
    private volatile boolean legacyQueueOnly;
    private volatile Optional<JobsShape> jobsShape = Optional.empty();
    private volatile RequestIdStyle requestIdStyle = RequestIdStyle.SKYPILOT_HEADER;
    private volatile Duration pendingHold = Duration.ofMinutes(2);

    /** Creates a simulator serving the standard data set without authentication. */
    public SkypilotSimulator(Clock clock) {
        this(clock, SkypilotDataSet.standard(clock.instant()), SkypilotAuth.none());
    }

    /** Creates a simulator serving a data set to the given credentials. */
    public SkypilotSimulator(Clock clock, SkypilotDataSet data, SkypilotAuth auth) {
        super("skypilot", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.auth = Objects.requireNonNull(auth, "auth");
        for (Section section : Section.values()) {
            requestFaults.put(section, new ArrayDeque<>());
            scheduled.put(section, new ArrayList<>());
        }
    }

    /** Returns the data set served, for computing expected values. */
    public SkypilotDataSet dataSet() {
        return data;
    }

    /** Makes the next request of a section misbehave; faults queue per section, one per request. */
    public SkypilotSimulator requestFault(Section section, RequestFault fault) {
        synchronized (requestFaults) {
            requestFaults.get(section).add(Objects.requireNonNull(fault, "fault"));
        }
        return this;
    }

    /** Answers {@code /jobs/queue/v2} with 404, as servers older than the v2 endpoint do. */
    public SkypilotSimulator legacyQueueOnly(boolean value) {
        legacyQueueOnly = value;
        return this;
    }

    /** Forces the shape of the jobs result (default: the object from v2, the list from the legacy endpoint). */
    public SkypilotSimulator jobsShape(JobsShape shape) {
        jobsShape = Optional.of(shape);
        return this;
    }

    /** Chooses where new request ids are returned (default: {@code X-Skypilot-Request-ID}). */
    public SkypilotSimulator requestIdStyle(RequestIdStyle style) {
        requestIdStyle = Objects.requireNonNull(style, "style");
        return this;
    }

    /** How long {@code /api/get} holds a pending request before answering 503 (default 2 minutes). */
    public SkypilotSimulator pendingHold(Duration hold) {
        pendingHold = Objects.requireNonNull(hold, "hold");
        return this;
    }

    /** Returns the request ids received by {@code /api/cancel}, oldest first. */
    public List<String> cancelledRequestIds() {
        synchronized (cancelled) {
            return List.copyOf(cancelled);
        }
    }

    /** Returns the ids of the requests scheduled for a section, oldest first. */
    public List<String> requestIds(Section section) {
        synchronized (scheduled) {
            return List.copyOf(scheduled.get(section));
        }
    }

    @Override
    public void reset() {
        super.reset();
        requests.clear();
        synchronized (requestFaults) {
            requestFaults.values().forEach(Deque::clear);
        }
        synchronized (cancelled) {
            cancelled.clear();
        }
        synchronized (scheduled) {
            scheduled.values().forEach(List::clear);
        }
        legacyQueueOnly = false;
        jobsShape = Optional.empty();
        requestIdStyle = RequestIdStyle.SKYPILOT_HEADER;
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        return SimulatedResponse.json(status, Map.of("detail", message));
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        String route = request.method() + " " + request.path();
        if (route.equals("GET /api/health")) {
            return SimulatedResponse.json(200, Map.of("status", "healthy", "api_version", "11",
                    "version", "0.10.0-sim"));
        }
        if (!auth.accepts(request.header("Authorization").orElse(""))) {
            return errorResponse(401, "Unauthorized: missing or invalid credentials");
        }
        return switch (route) {
            case "POST /status" -> schedule("status", Section.CLUSTERS, clusters());
            case "POST /jobs/queue/v2" -> legacyQueueOnly ? errorResponse(404, "Not Found")
                    : schedule("jobs.queue_v2", Section.JOBS, jobs(jobsShape.orElse(JobsShape.OBJECT)));
            case "POST /jobs/queue" -> schedule("jobs.queue", Section.JOBS, jobs(jobsShape.orElse(JobsShape.LIST)));
            case "GET /api/get" -> get(request.queryParameter("request_id").orElse(""));
            case "POST /api/cancel" -> cancel(request);
            default -> errorResponse(404, "Not Found");
        };
    }

    private SimulatedResponse schedule(String name, Section section, JsonNode result) {
        RequestFault fault;
        synchronized (requestFaults) {
            fault = Optional.ofNullable(requestFaults.get(section).poll()).orElse(RequestFault.NONE);
        }
        SkypilotRequests.Entry entry = requests.create(name, fault, Json.text(result));
        synchronized (scheduled) {
            scheduled.get(section).add(entry.id);
        }
        return accepted(entry.id);
    }

    private SimulatedResponse accepted(String id) {
        return switch (requestIdStyle) {
            case SKYPILOT_HEADER -> SimulatedResponse.rawJson(200, "null").withHeader("X-Skypilot-Request-ID", id);
            case LEGACY_HEADER -> SimulatedResponse.rawJson(200, "null").withHeader("X-Request-ID", id);
            case BODY -> SimulatedResponse.json(200, Map.of("request_id", id));
        };
    }

    private SimulatedResponse get(String id) {
        Optional<SkypilotRequests.Entry> found = requests.find(id);
        if (found.isEmpty() || found.get().fault == RequestFault.EXPIRED) {
            return errorResponse(404, "Request '" + id + "' not found");
        }
        SkypilotRequests.Entry entry = found.get();
        SkypilotRequests.State state = requests.await(entry, pendingHold);
        if (state == SkypilotRequests.State.PENDING) {
            return errorResponse(503, "Request '" + id + "' is still pending; retry");
        }
        ObjectNode payload = payload(entry, state);
        if (entry.fault == RequestFault.SERVER_ERROR) {
            ObjectNode body = Json.object();
            body.set("detail", payload);
            return SimulatedResponse.json(500, body);
        }
        return SimulatedResponse.json(200, payload);
    }

    private ObjectNode payload(SkypilotRequests.Entry entry, SkypilotRequests.State state) {
        ObjectNode payload = Json.object();
        payload.put("request_id", entry.id);
        payload.put("name", entry.name);
        payload.put("status", state.name());
        payload.put("created_at", (double) clock().instant().getEpochSecond());
        payload.put("user_id", "sim-user");
        payload.put("return_value", state == SkypilotRequests.State.SUCCEEDED ? entry.returnValue : "null");
        if (state == SkypilotRequests.State.FAILED) {
            payload.put("error", Json.text(Map.of("type", "ClusterNotUpError",
                    "message", "Managed jobs controller is not up (simulated " + entry.name + " failure)")));
        } else {
            payload.putNull("error");
        }
        payload.put("pid", 4242);
        return payload;
    }

    private SimulatedResponse cancel(ReceivedRequest request) {
        JsonNode body = Json.parse(request.bodyText());
        List<String> ids = new ArrayList<>();
        body.path("request_ids").forEach(id -> ids.add(id.asText()));
        synchronized (cancelled) {
            cancelled.addAll(ids);
        }
        ids.forEach(requests::cancel);
        return accepted(requests.create("api_cancel", RequestFault.NONE, "null").id);
    }

    private JsonNode clusters() {
        ArrayNode list = Json.array();
        data.clusters().forEach(cluster -> list.add(cluster.toJson()));
        return list;
    }

    private JsonNode jobs(JobsShape shape) {
        ArrayNode list = Json.array();
        data.jobs().forEach(job -> list.add(job.toJson()));
        if (shape == JobsShape.LIST) {
            return list;
        }
        Map<String, Integer> counts = new TreeMap<>();
        data.jobs().forEach(job -> counts.merge(job.status(), 1, Integer::sum));
        ObjectNode object = Json.object();
        object.set("jobs", list);
        object.put("total", data.jobs().size());
        object.put("total_no_filter", data.jobs().size());
        object.set("status_counts", Json.mapper().valueToTree(counts));
        return object;
    }

    @Override
    public String toString() {
        return super.toString() + " serving " + data.clusters().size() + " clusters and " + data.jobs().size()
                + " managed jobs";
    }
}
