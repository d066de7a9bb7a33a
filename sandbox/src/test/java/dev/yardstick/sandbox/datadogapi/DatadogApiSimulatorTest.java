package dev.yardstick.sandbox.datadogapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated dashboards and monitors API over HTTP. */
class DatadogApiSimulatorTest {
    private static final String DASHBOARD = "{\"title\":\"T\",\"layout_type\":\"ordered\",\"reflow_type\":\"fixed\",\"widgets\":"
            + "[{\"definition\":{\"type\":\"note\",\"content\":\"x\"},\"layout\":{\"x\":0,\"y\":0,\"width\":12,\"height\":1}}]}";
    private static final String MONITOR = "{\"name\":\"M\",\"type\":\"query alert\",\"query\":\"avg(last_5m):avg:a{*} > 1\","
            + "\"message\":\"m @slack-x\",\"tags\":[\"yardstick-key:m\"],\"options\":{\"thresholds\":{\"critical\":1}}}";
    private final DatadogApiSimulator api = new DatadogApiSimulator(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Optional.of("good"));
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        api.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest(name = "api key {0}, app key {1} -> {2}")
    @CsvSource({"good,app,200", "bad,app,403", "good,'',403", "'',app,403"})
    void requiresBothKeys(String apiKey, String appKey, int status) throws Exception {
        assertEquals(status, call("GET", "/api/v1/dashboard", null, apiKey, appKey).statusCode());
    }

    @Test
    void dashboardLifecycleAddsServerFieldsAndWidgetIds() throws Exception {
        JsonNode created = Json.parse(call("POST", "/api/v1/dashboard", DASHBOARD, "good", "app").body());
        String id = created.get("id").asText();
        assertTrue(created.at("/widgets/0/id").isNumber());
        assertEquals("yardstick@example.com", created.get("author_handle").asText());
        JsonNode list = Json.parse(call("GET", "/api/v1/dashboard", null, "good", "app").body());
        assertEquals(id, list.at("/dashboards/0/id").asText());
        assertEquals(200, call("PUT", "/api/v1/dashboard/" + id, DASHBOARD.replace("\"T\"", "\"U\""), "good", "app").statusCode());
        assertEquals("U", api.dashboards().get(id).get("title").asText());
        assertEquals(200, call("DELETE", "/api/v1/dashboard/" + id, null, "good", "app").statusCode());
        assertEquals(404, call("GET", "/api/v1/dashboard/" + id, null, "good", "app").statusCode());
    }

    @Test
    void rejectsDashboardsWithoutLayoutsUnderFixedReflow() throws Exception {
        HttpResponse<String> r = call("POST", "/api/v1/dashboard", DASHBOARD.replace(",\"layout\":{\"x\":0,\"y\":0,\"width\":12,\"height\":1}", ""), "good", "app");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("needs a layout"));
    }

    @Test
    void monitorsAreListedByTagAndValidated() throws Exception {
        long id = Json.parse(call("POST", "/api/v1/monitor", MONITOR, "good", "app").body()).get("id").asLong();
        assertEquals(1.0, api.monitors().get(id).at("/options/thresholds/critical").asDouble());
        assertEquals(1, Json.parse(call("GET", "/api/v1/monitor?monitor_tags=yardstick-key:m", null, "good", "app").body()).size());
        assertEquals(0, Json.parse(call("GET", "/api/v1/monitor?monitor_tags=yardstick-key:n", null, "good", "app").body()).size());
        assertEquals(200, call("POST", "/api/v1/monitor/validate", MONITOR, "good", "app").statusCode());
        assertEquals(400, call("POST", "/api/v1/monitor/validate", MONITOR.replace("\"M\"", "\"\""), "good", "app").statusCode());
    }

    @Test
    void injectedFaultsPrecedeHandling() throws Exception {
        api.faults().statusSequence("/api/v1/dashboard", 429);
        assertEquals(429, call("POST", "/api/v1/dashboard", DASHBOARD, "good", "app").statusCode());
        assertEquals(0, api.dashboards().size());
        assertEquals(200, call("POST", "/api/v1/dashboard", DASHBOARD, "good", "app").statusCode());
    }

    private HttpResponse<String> call(String method, String path, String body, String apiKey, String appKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (!apiKey.isEmpty()) {
            b.header("DD-API-KEY", apiKey);
        }
        if (!appKey.isEmpty()) {
            b.header("DD-APPLICATION-KEY", appKey);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
