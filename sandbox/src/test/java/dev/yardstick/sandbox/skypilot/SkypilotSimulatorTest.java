package dev.yardstick.sandbox.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated API server's protocol, spoken by a plain HTTP client. */
class SkypilotSimulatorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private final LoopbackHttp http = new LoopbackHttp();
    private SkypilotSimulator skypilot;

    @BeforeEach
    void start() {
        skypilot = new SkypilotSimulator(CLOCK, SkypilotDataSet.standard(), SkypilotAuth.bearer("tok"));
        skypilot.start();
    }

    @AfterEach
    void stop() {
        skypilot.close();
    }

    @Test
    void theDataSetHasSeveralHundredJobsInEveryStatusAndTheEdgeCases() {
        SkypilotDataSet data = skypilot.dataSet();
        assertTrue(data.jobs().size() >= 400, "jobs: " + data.jobs().size());
        Set<String> statuses = data.jobs().stream().map(SkypilotJobData::status).collect(Collectors.toSet());
        assertTrue(statuses.containsAll(Set.of("PENDING", "SUBMITTED", "STARTING", "RUNNING", "RECOVERING",
                "SUCCEEDED", "FAILED", "FAILED_SETUP", "FAILED_PRECHECKS", "FAILED_NO_RESOURCE", "FAILED_CONTROLLER",
                "CANCELLING", "CANCELLED")), statuses.toString());
        assertTrue(data.jobs().stream().anyMatch(job -> job.submittedAt() == null));
        assertTrue(data.jobs().stream().anyMatch(job -> Double.valueOf(0).equals(job.endAt())));
        assertTrue(data.jobs().stream().anyMatch(job -> job.accelerators() != null
                && job.accelerators().containsKey("A100-80GB")));
        assertEquals(data, SkypilotDataSet.standard(), "deterministic");
    }

    @Test
    void aRequestIsScheduledThenFetchedWithItsEncodedReturnValue() throws Exception {
        HttpResponse<String> scheduled = post("/jobs/queue/v2", "{}");
        assertEquals(200, scheduled.statusCode());
        String id = scheduled.headers().firstValue("X-Skypilot-Request-ID").orElseThrow();
        JsonNode payload = Json.parse(get("/api/get?request_id=" + id).body());
        assertEquals("SUCCEEDED", payload.get("status").asText());
        JsonNode result = Json.parse(payload.get("return_value").asText());
        assertEquals(skypilot.dataSet().jobs().size(), result.get("jobs").size());
        assertEquals(skypilot.dataSet().jobs().size(), result.get("total").asInt());
    }

    @Test
    void credentialsAreRequiredExceptForHealth() throws Exception {
        HttpRequest anonymous = HttpRequest.newBuilder(skypilot.uri("/status"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertEquals(401, http.send(anonymous).statusCode());
        assertEquals(200, http.get(skypilot.uri("/api/health")).statusCode());
    }

    @Test
    void theLegacyServerHasOnlyTheOldQueueAndAnswersAList() throws Exception {
        skypilot.legacyQueueOnly(true).requestIdStyle(SkypilotSimulator.RequestIdStyle.BODY);
        assertEquals(404, post("/jobs/queue/v2", "{}").statusCode());
        HttpResponse<String> scheduled = post("/jobs/queue", "{}");
        String id = Json.parse(scheduled.body()).get("request_id").asText();
        JsonNode payload = Json.parse(get("/api/get?request_id=" + id).body());
        assertTrue(Json.parse(payload.get("return_value").asText()).isArray());
    }

    @Test
    void aPendingRequestBlocksUntilCancelledAndAnExpiredOneIs404() throws Exception {
        skypilot.requestFault(SkypilotSimulator.Section.CLUSTERS, RequestFault.PENDING_FOREVER)
                .requestFault(SkypilotSimulator.Section.CLUSTERS, RequestFault.EXPIRED);
        String pending = post("/status", "{}").headers().firstValue("X-Skypilot-Request-ID").orElseThrow();
        CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/api/get?request_id=" + pending);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS), "still blocked");
        post("/api/cancel", "{\"request_ids\":[\"" + pending + "\"]}");
        assertEquals("CANCELLED", Json.parse(waiting.get().body()).get("status").asText());
        assertEquals(java.util.List.of(pending), skypilot.cancelledRequestIds());

        String expired = post("/status", "{}").headers().firstValue("X-Skypilot-Request-ID").orElseThrow();
        HttpResponse<String> gone = get("/api/get?request_id=" + expired);
        assertEquals(404, gone.statusCode());
        assertTrue(Json.parse(gone.body()).get("detail").asText().contains("not found"));
    }

    private HttpResponse<String> post(String path, String body) throws IOException {
        return http.send(HttpRequest.newBuilder(skypilot.uri(path)).header("Authorization", "Bearer tok")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException {
        return http.send(HttpRequest.newBuilder(skypilot.uri(pathAndQuery)).header("Authorization", "Bearer tok")
                .GET().build());
    }
}
