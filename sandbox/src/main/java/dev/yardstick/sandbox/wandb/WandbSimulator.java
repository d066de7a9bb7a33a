package dev.yardstick.sandbox.wandb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.core.SimulatedApi;
import dev.yardstick.sandbox.core.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A simulated W&B GraphQL API on loopback: {@code POST /graphql} answering the project-runs query with W&B's
 * filters, ordering and opaque cursors, HTTP basic auth {@code api:<key>}, a fixed-window rate limit in
 * {@code RateLimit-*} headers (429 once spent), and GraphQL errors or 429s on demand.
 */
public final class WandbSimulator extends SimulatedApi {
    /** The API key the simulator accepts unless another is given. */
    public static final String DEFAULT_API_KEY = "sandbox-wandb-key";

    private final WandbDataSet data;
    private final String apiKey;
    private final WandbRateLimit rateLimit;
    private final RunsResolver resolver;
    private final List<TargetedError> errors = new ArrayList<>();
    private final List<RunsQuery> served = new ArrayList<>();

    private record TargetedError(String filtersPart, String message) {
    }

    /** Creates a simulator serving the standard data set to {@link #DEFAULT_API_KEY}. */
    public WandbSimulator(Clock clock) {
        this(clock, WandbDataSet.standard(), DEFAULT_API_KEY);
    }

    /** Creates a simulator serving a data set to one API key. */
    public WandbSimulator(Clock clock, WandbDataSet data, String apiKey) {
        super("wandb", clock);
        this.data = Objects.requireNonNull(data, "data");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.rateLimit = new WandbRateLimit(clock);
        this.resolver = new RunsResolver(data);
    }

    /** Returns the data set served, for computing expected values. */
    public WandbDataSet dataSet() {
        return data;
    }

    /** Returns the rate limit (set it low to provoke 429s). */
    public WandbRateLimit rateLimit() {
        return rateLimit;
    }

    /** Returns the filters of the run queries answered so far (with data), oldest first. */
    public List<String> servedFilters() {
        synchronized (served) {
            return served.stream().map(query -> query.filters().orElse("")).toList();
        }
    }

    /** Returns how many run queries were answered with data so far. */
    public int servedCount() {
        synchronized (served) {
            return served.size();
        }
    }

    /**
     * Answers the next query whose {@code filters} text contains {@code filtersPart} with a 200 carrying a
     * GraphQL error (and null data), once. Use {@code ""} to match any query.
     */
    public WandbSimulator graphqlErrorOnce(String filtersPart, String message) {
        synchronized (errors) {
            errors.add(new TargetedError(Objects.requireNonNull(filtersPart, "filtersPart"),
                    Objects.requireNonNull(message, "message")));
        }
        return this;
    }

    @Override
    public void reset() {
        super.reset();
        synchronized (errors) {
            errors.clear();
        }
        synchronized (served) {
            served.clear();
        }
        rateLimit.refill();
    }

    @Override
    protected SimulatedResponse errorResponse(int status, String message) {
        ObjectNode body = Json.object();
        body.putArray("errors").addObject().put("message", message);
        return SimulatedResponse.json(status, body);
    }

    @Override
    protected SimulatedResponse handle(ReceivedRequest request) {
        if (!request.path().equals("/graphql")) {
            return errorResponse(404, "not found: " + request.path());
        }
        if (!request.method().equals("POST")) {
            return errorResponse(405, "use POST for GraphQL queries");
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString(("api:" + apiKey)
                .getBytes(StandardCharsets.UTF_8));
        if (!request.header("Authorization").map(expected::equals).orElse(false)) {
            return errorResponse(401, "user is not logged in");
        }
        if (!rateLimit.trySpend()) {
            return rateLimit.stamp(errorResponse(429, "rate limit exceeded"));
        }
        return rateLimit.stamp(answer(request));
    }

    private SimulatedResponse answer(ReceivedRequest request) {
        RunsQuery query;
        JsonNode result;
        try {
            query = RunsQuery.parse(Json.parse(request.decodedBody()));
            String injected = takeError(query.filters().orElse(""));
            if (injected != null) {
                return graphqlError(injected);
            }
            result = resolver.resolve(query);
        } catch (RunsQuery.QueryException | Json.InvalidJsonException bad) {
            return graphqlError(bad.getMessage());
        }
        synchronized (served) {
            served.add(query);
        }
        ObjectNode body = Json.object();
        body.set("data", result);
        return SimulatedResponse.json(200, body);
    }

    private String takeError(String filters) {
        synchronized (errors) {
            for (int i = 0; i < errors.size(); i++) {
                if (filters.contains(errors.get(i).filtersPart())) {
                    return errors.remove(i).message();
                }
            }
        }
        return null;
    }

    private static SimulatedResponse graphqlError(String message) {
        ObjectNode body = Json.object();
        body.putArray("errors").addObject().put("message", message).putArray("path").add("project");
        body.putNull("data");
        return SimulatedResponse.json(200, body);
    }

    @Override
    public String toString() {
        return super.toString() + " serving " + data.projects().size() + " projects";
    }
}
