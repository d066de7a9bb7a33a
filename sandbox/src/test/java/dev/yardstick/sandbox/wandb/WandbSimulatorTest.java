package dev.yardstick.sandbox.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WandbSimulatorTest {
    private static final String QUERY = "query Runs($entity: String!, $project: String!, $filters: JSONString, "
            + "$first: Int, $after: String) { project(name: $project, entityName: $entity) { runs(filters: $filters, "
            + "first: $first, after: $after, order: \"-created_at\") { edges { node { name displayName state "
            + "createdAt heartbeatAt summaryMetrics config } cursor } pageInfo { endCursor hasNextPage } } } }";
    private static final Instant REFERENCE = WandbDataSet.DEFAULT_REFERENCE;

    private final LoopbackHttp http = new LoopbackHttp();
    private WandbSimulator wandb;

    @BeforeEach
    void start() {
        wandb = new WandbSimulator(Clock.fixed(REFERENCE, ZoneOffset.UTC));
        wandb.start();
    }

    @AfterEach
    void stop() {
        wandb.close();
    }

    @Test
    void theDataSetHasEveryStateAndAFewThousandRunsOverSixtyDays() {
        List<WandbRunData> runs = main().runs();
        assertTrue(runs.size() > 2000 && runs.size() < 5000, "runs: " + runs.size());
        Set<String> states = new HashSet<>();
        runs.forEach(run -> states.add(run.state()));
        assertEquals(Set.of("running", "finished", "failed", "crashed", "killed", "preempted", "pending"), states);
        assertTrue(runs.stream().anyMatch(run -> run.createdAt().isBefore(REFERENCE.minusSeconds(59L * 86400))));
        assertEquals(WandbDataSet.standard().projects(), wandb.dataSet().projects(), "deterministic");
    }

    @Test
    void rejectsAMissingOrWrongKey() throws IOException {
        assertEquals(401, post(body("{}", 10, null), null).statusCode());
        assertEquals(401, post(body("{}", 10, null), "wrong").statusCode());
        assertEquals(200, post(body("{}", 10, null), WandbSimulator.DEFAULT_API_KEY).statusCode());
    }

    @Test
    void pagesWithOpaqueCursorsNewestFirstAndServesEveryMatchingRunOnce() throws IOException {
        String filters = "{\"createdAt\": {\"$gte\": \"2026-11-13T12:00:00\"}}";
        List<JsonNode> nodes = all(filters, 100);
        long expected = main().runs().stream().filter(run -> !run.createdAt().isBefore(
                Instant.parse("2026-11-13T12:00:00Z"))).count();
        assertEquals(expected, nodes.size());
        assertEquals(expected, nodes.stream().map(node -> node.get("name").asText()).distinct().count());
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.get(i - 1).get("createdAt").asText().compareTo(nodes.get(i).get("createdAt").asText())
                    >= 0, "newest first");
        }
        assertFalse(nodes.get(0).get("createdAt").asText().endsWith("Z"), "timestamps carry no zone");
        assertTrue(nodes.get(0).get("summaryMetrics").isTextual() || nodes.get(0).get("summaryMetrics").isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"state\": \"running\"}|running",
        "{\"$or\": [{\"state\": \"failed\"}, {\"state\": \"crashed\"}]}|failed-or-crashed",
        "{\"state\": {\"$in\": [\"killed\", \"preempted\"]}}|killed-or-preempted",
        "{\"$and\": [{\"state\": {\"$ne\": \"finished\"}}, {\"createdAt\": {\"$gt\": "
            + "\"2026-11-19T12:00:00Z\"}}]}|recent-unfinished",
        "{\"createdAt\": {\"$lt\": \"2026-09-25T00:00:00\", \"$gte\": \"2026-09-24T00:00:00\"}}|one-day",
        "{\"heartbeatAt\": {\"$lte\": \"2026-11-01T00:00:00\"}, \"displayName\": {\"$ne\": null}}|heartbeat",
        "{\"name\": \"zombie-running\"}|by-name"})
    void filtersSelectExactlyTheMatchingRuns(String filters, String label) throws IOException {
        Predicate<WandbRunData> expected = switch (label) {
            case "running" -> run -> run.state().equals("running");
            case "failed-or-crashed" -> run -> run.state().equals("failed") || run.state().equals("crashed");
            case "killed-or-preempted" -> run -> run.state().equals("killed") || run.state().equals("preempted");
            case "recent-unfinished" -> run -> !run.state().equals("finished")
                    && run.createdAt().isAfter(Instant.parse("2026-11-19T12:00:00Z"));
            case "one-day" -> run -> !run.createdAt().isBefore(Instant.parse("2026-09-24T00:00:00Z"))
                    && run.createdAt().isBefore(Instant.parse("2026-09-25T00:00:00Z"));
            case "heartbeat" -> run -> run.heartbeatAt() != null && run.displayName() != null
                    && !run.heartbeatAt().isAfter(Instant.parse("2026-11-01T00:00:00Z"));
            default -> run -> run.name().equals("zombie-running");
        };
        long count = main().runs().stream().filter(expected).count();
        assertTrue(count > 0, label);
        assertEquals(count, all(filters, 1000).size(), label);
    }

    @Test
    void badFiltersCursorsAndFieldsAreGraphqlErrors() throws IOException {
        assertEquals("unsupported filter field 'tags'", error(body("{\"tags\": \"x\"}", 10, null)));
        assertEquals("unsupported filter operator '$regex'", error(body("{\"name\": {\"$regex\": \"a\"}}", 10, null)));
        assertTrue(error(body("{}", 10, "bm90LWEtY3Vyc29y")).startsWith("invalid cursor"));
        assertTrue(error(body("{}", 5000, null)).startsWith("first must be between"));
        ObjectNode wrongField = body("{}", 10, null);
        wrongField.put("query", QUERY.replace("config", "tags"));
        assertEquals("Cannot query field \"tags\" on type \"Run\".", error(wrongField));
        ObjectNode unknown = body("{}", 10, null);
        ((ObjectNode) unknown.get("variables")).put("project", "nope");
        assertTrue(Json.parse(post(unknown, WandbSimulator.DEFAULT_API_KEY).body()).at("/data/project").isNull());
    }

    @Test
    void injectedGraphqlErrorsAndTheRateLimitAnswerOnDemand() throws IOException {
        wandb.graphqlErrorOnce("running", "simulated outage");
        assertEquals("simulated outage", error(body("{\"state\": \"running\"}", 10, null)));
        assertEquals(200, post(body("{\"state\": \"running\"}", 10, null), WandbSimulator.DEFAULT_API_KEY)
                .statusCode());
        wandb.rateLimit().set(1000, 1);
        HttpResponse<String> last = post(body("{}", 10, null), WandbSimulator.DEFAULT_API_KEY);
        assertEquals("0", last.headers().firstValue("RateLimit-Remaining").orElseThrow());
        HttpResponse<String> limited = post(body("{}", 10, null), WandbSimulator.DEFAULT_API_KEY);
        assertEquals(429, limited.statusCode());
        assertEquals("60", limited.headers().firstValue("RateLimit-Reset").orElseThrow());
    }

    private WandbProjectData main() {
        return wandb.dataSet().project(WandbDataSet.ENTITY, WandbDataSet.MAIN_PROJECT);
    }

    private List<JsonNode> all(String filters, int first) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            JsonNode runs = Json.parse(post(body(filters, first, after), WandbSimulator.DEFAULT_API_KEY).body())
                    .at("/data/project/runs");
            runs.get("edges").forEach(edge -> nodes.add(edge.get("node")));
            after = runs.at("/pageInfo/hasNextPage").asBoolean() ? runs.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return nodes;
    }

    private String error(ObjectNode body) throws IOException {
        HttpResponse<String> response = post(body, WandbSimulator.DEFAULT_API_KEY);
        assertEquals(200, response.statusCode());
        return Json.parse(response.body()).at("/errors/0/message").asText();
    }

    private static ObjectNode body(String filters, int first, String after) {
        ObjectNode body = Json.object().put("query", QUERY);
        ObjectNode variables = body.putObject("variables").put("entity", WandbDataSet.ENTITY)
                .put("project", WandbDataSet.MAIN_PROJECT).put("filters", filters).put("first", first);
        if (after != null) {
            variables.put("after", after);
        }
        return body;
    }

    private HttpResponse<String> post(ObjectNode body, String key) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(wandb.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.text(body)));
        if (key != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("api:" + key)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build());
    }
}
