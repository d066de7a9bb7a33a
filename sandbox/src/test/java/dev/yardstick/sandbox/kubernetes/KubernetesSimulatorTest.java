package dev.yardstick.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.sandbox.core.Json;
import dev.yardstick.sandbox.core.LoopbackHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KubernetesSimulatorTest {
    private final LoopbackHttp http = new LoopbackHttp();
    private KubernetesSimulator api;

    @BeforeEach
    void start() {
        api = new KubernetesSimulator(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        api.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void listsInChunksFollowingContinueTokens() throws IOException {
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = Json.parse(get("/api/v1/pods?limit=5" + (token == null ? ""
                    : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).body());
            assertEquals("PodList", page.path("kind").asText());
            page.path("items").forEach(pod -> names.add(pod.path("metadata").path("name").asText()));
            token = page.path("metadata").path("continue").asText(null);
            pages++;
        } while (token != null);
        assertEquals(api.dataSet().pods().size(), names.size());
        assertEquals((api.dataSet().pods().size() + 4) / 5, pages);
    }

    @Test
    void servesOneNamespaceAndTheMetricsAndDeploymentLists() throws IOException {
        JsonNode ml = Json.parse(get("/api/v1/namespaces/ml/pods").body());
        ml.path("items").forEach(pod -> assertEquals("ml", pod.path("metadata").path("namespace").asText()));
        assertEquals(7, ml.path("items").size());
        assertEquals("PodMetricsList", Json.parse(get("/apis/metrics.k8s.io/v1beta1/pods").body()).path("kind").asText());
        assertEquals(api.dataSet().deployments().size(),
                Json.parse(get("/apis/apps/v1/deployments").body()).path("items").size());
    }

    @Test
    void expiredContinueTokensAnswer410AndMissingMetricsServer404() throws IOException {
        String token = Json.parse(get("/api/v1/pods?limit=2").body()).path("metadata").path("continue").asText();
        api.expireContinueTokens(1);
        HttpResponse<String> expired = get("/api/v1/pods?limit=2&continue=" + token);
        assertEquals(410, expired.statusCode());
        assertEquals("Expired", Json.parse(expired.body()).path("reason").asText());
        assertEquals(200, get("/api/v1/pods?limit=2&continue=" + token).statusCode(), "once only");
        api.metricsServerStatus(404);
        assertEquals(404, get("/apis/metrics.k8s.io/v1beta1/pods").statusCode());
        assertEquals(200, get("/api/v1/pods").statusCode());
    }

    @Test
    void rejectsOtherTokensAndRendersAKubeconfig() throws IOException {
        HttpResponse<String> rejected = http.send(HttpRequest.newBuilder(api.uri("/api/v1/pods"))
                .header("Authorization", "Bearer other").GET().build());
        assertEquals(401, rejected.statusCode());
        String kubeconfig = api.kubeconfig("demo");
        assertTrue(kubeconfig.contains("server: " + api.baseUrl()), kubeconfig);
        assertTrue(kubeconfig.contains("current-context: demo"), kubeconfig);
        assertFalse(kubeconfig.contains("https"), "plain http");
    }

    private HttpResponse<String> get(String target) throws IOException {
        return http.send(HttpRequest.newBuilder(api.uri(target))
                .header("Authorization", "Bearer " + KubernetesSimulator.DEFAULT_TOKEN).GET().build());
    }
}
