package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * W&B GraphQL requests for one collection: the runs query with cursor pagination and a loop guard, basic auth,
 * the deadline, and the mapping of answers to failure kinds. GraphQL {@code errors} in a 200 answer fail the
 * listing with their messages. Retries and waits on 429 ({@code Retry-After}, {@code RateLimit-Reset}) belong to
 * the host's {@link HttpService}.
 */
final class WandbClient {
    /** Pages followed for one listing at most: a guard against a cursor that never ends. */
    static final int MAX_PAGES = 1000;
    /** The one query the collector sends. */
    static final String RUNS_QUERY = "query ProjectRuns($entity: String!, $project: String!, $filters: JSONString, "
            + "$first: Int, $after: String) { project(name: $project, entityName: $entity) { runs(filters: $filters, "
            + "first: $first, after: $after, order: \"-created_at\") { edges { node { name displayName state createdAt "
            + "heartbeatAt summaryMetrics config } cursor } pageInfo { endCursor hasNextPage } } } }";

    private final HttpService http;
    private final WandbSettings settings;
    private final Clock clock;
    private final Instant deadline;
    private final URI endpoint;

    WandbClient(HttpService http, WandbSettings settings, Clock clock, Instant deadline) {
        this.http = requireNonNull(http, "http is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
        this.endpoint = URI.create(settings.apiUrl() + "/graphql");
    }

    /** Every run of the project matching {@code filters} (W&B's JSON filter text), newest first. */
    List<WandbRun> runs(String filters, String what) throws WandbApiException, InterruptedException {
        List<WandbRun> runs = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        for (int page = 1; ; page++) {
            if (page > MAX_PAGES) {
                throw WandbJson.bad(what, "pagination does not end (more than " + MAX_PAGES + " pages)");
            }
            JsonNode connection = page(filters, after, what);
            JsonNode edges = connection.path("edges");
            if (!edges.isArray()) {
                throw WandbJson.bad(what, "runs.edges is missing or not an array");
            }
            for (JsonNode edge : edges) {
                runs.add(WandbJson.run(edge.path("node")));
            }
            JsonNode pageInfo = connection.path("pageInfo");
            if (!pageInfo.path("hasNextPage").asBoolean(false)) {
                return runs;
            }
            JsonNode next = pageInfo.path("endCursor");
            if (!next.isTextual() || next.asText().isEmpty() || edges.isEmpty() || !cursors.add(next.asText())) {
                throw WandbJson.bad(what, "hasNextPage is true but the page is empty, or endCursor is missing or "
                        + "repeated");
            }
            after = next.asText();
        }
    }

    private JsonNode page(String filters, String after, String what) throws WandbApiException, InterruptedException {
        HttpResponse response = send(body(filters, after), what);
        checkStatus(response, what);
        JsonNode answer = WandbJson.parse(response.body(), what);
        String errors = errorMessages(answer);
        if (!errors.isEmpty()) {
            throw new WandbApiException(FailureKind.BAD_RESPONSE, what + ": GraphQL error: " + errors);
        }
        JsonNode project = answer.path("data").path("project");
        if (project.isNull() || (project.isMissingNode() && answer.path("data").isObject())) {
            throw new WandbApiException(FailureKind.BAD_CONFIG, what + ": project " + settings.projectPath()
                    + " does not exist or the API key cannot see it");
        }
        JsonNode connection = project.path("runs");
        if (!connection.isObject()) {
            throw WandbJson.bad(what, "data.project.runs is missing");
        }
        return connection;
    }

    private String body(String filters, String after) {
        ObjectNode body = WandbJson.mapper().createObjectNode().put("query", RUNS_QUERY);
        ObjectNode variables = body.putObject("variables").put("entity", settings.entity())
                .put("project", settings.project()).put("filters", filters).put("first", settings.pageSize());
        if (after == null) {
            variables.putNull("after");
        } else {
            variables.put("after", after);
        }
        return body.toString();
    }

    private HttpResponse send(String body, String what) throws WandbApiException, InterruptedException {
        if (!clock.instant().isBefore(deadline)) {
            throw new WandbApiException(FailureKind.TIMEOUT, what + ": the collection deadline has passed");
        }
        String credentials = Base64.getEncoder().encodeToString(("api:" + settings.apiKey().reveal())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.post(endpoint, body, "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", "yardstick-wandb")
                .header("Authorization", "Basic " + credentials)
                .withRetryable(true);
        try {
            return http.send(request);
        } catch (HttpTimeoutException timeout) {
            throw new WandbApiException(FailureKind.TIMEOUT, what + ": " + endpoint.getPath() + " timed out");
        } catch (IOException unreachable) {
            throw new WandbApiException(FailureKind.UPSTREAM_UNAVAILABLE, what + ": " + endpoint.getPath()
                    + " failed: " + unreachable.getClass().getSimpleName());
        }
    }

    private static void checkStatus(HttpResponse response, String what) throws WandbApiException {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String prefix = what + ": HTTP " + status;
        if (status == 429) {
            String reset = response.header("RateLimit-Reset").or(() -> response.header("Retry-After"))
                    .map(value -> "; resets in " + value.trim() + " s").orElse("");
            throw new WandbApiException(FailureKind.RATE_LIMITED, prefix + " (rate limited" + reset
                    + "; deferred to the next run)");
        }
        if (status == 401 || status == 403) {
            throw new WandbApiException(FailureKind.AUTH, prefix + " (API key rejected or lacking access)");
        }
        if (status == 404) {
            throw new WandbApiException(FailureKind.BAD_CONFIG, prefix + " (no GraphQL endpoint at api-url)");
        }
        if (status >= 500) {
            throw new WandbApiException(FailureKind.UPSTREAM_UNAVAILABLE, prefix);
        }
        String errors = "";
        try {
            errors = errorMessages(WandbJson.parse(response.body(), what));
        } catch (WandbApiException notJson) {
            // The status alone describes the answer.
        }
        throw new WandbApiException(FailureKind.BAD_RESPONSE, prefix + (errors.isEmpty() ? "" : ": " + errors));
    }

    /** The messages of a GraphQL {@code errors} array, joined; empty when there is none. */
    private static String errorMessages(JsonNode answer) {
        JsonNode errors = answer.path("errors");
        List<String> messages = new ArrayList<>();
        if (errors.isArray()) {
            errors.forEach(error -> messages.add(error.path("message").asText(error.toString())));
        }
        return String.join("; ", messages);
    }
}
