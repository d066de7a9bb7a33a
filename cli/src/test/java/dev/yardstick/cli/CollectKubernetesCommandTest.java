package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10's acceptance command, run through the real CLI against the sandbox's Kubernetes API. */
class CollectKubernetesCommandTest {
    private static final String AT = "2026-11-20T12:00:00Z";

    /**
     * The 15 values of the standard data set, worked out by hand from KubernetesDataSet: 12 measured pods, Σ CPU
     * requests 13.75 cores against 7.1605 used; Σ memory requests 42,708,158,976 bytes against 18,513,095,424 used.
     */
    private static final Map<String, Double> EXPECTED = Map.ofEntries(
            Map.entry("k8s.resources.cpu_waste_cores", 6.5895),
            Map.entry("k8s.resources.memory_waste_gb", 22.533408880233765),
            Map.entry("k8s.resources.cpu_efficiency_pct", 52.07636363636364),
            Map.entry("k8s.resources.memory_efficiency_pct", 43.34791259535093),
            Map.entry("k8s.resources.overallocated_pods", 5.0),
            Map.entry("k8s.pods.crash_looping", 3.0),
            Map.entry("k8s.pods.failed", 2.0),
            Map.entry("k8s.pods.pending", 4.0),
            Map.entry("k8s.pods.oomkilled_24h", 4.0),
            Map.entry("k8s.pods.high_restarts", 5.0),
            Map.entry("k8s.pods.image_pull_errors", 3.0),
            Map.entry("k8s.pods.idle_count", 2.0),
            Map.entry("k8s.pods.low_cpu_usage", 3.0),
            Map.entry("k8s.pods.low_memory_usage", 3.0),
            Map.entry("k8s.deployments.zero_replicas", 3.0));

    @Test
    void collectKubernetesJsonPrintsThe15MetricsWithExactlyTheDefinedValues(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
        try (KubernetesSimulator api = new KubernetesSimulator(clock)) {
            api.start();
            Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), api.kubeconfig("acceptance"));
            CliTest.Result result = CliTest.run("collect", "kubernetes", "--json", "--at", AT,
                    "--set", "yardstick.collectors.kubernetes.kubeconfig=" + kubeconfig,
                    "--set", "yardstick.collectors.kubernetes.cluster-name=acceptance");

            assertEquals(0, result.exitCode(), result.err());
            Map<String, Double> values = new TreeMap<>();
            for (JsonNode point : new ObjectMapper().readTree(result.out())) {
                assertEquals("gauge", point.get("type").asText());
                assertEquals(Instant.parse(AT).getEpochSecond(), point.get("timestamp").asLong());
                assertTrue(point.get("tags").toString().contains("\"cluster:acceptance\""), point.toString());
                values.put(point.get("metric").asText(), point.get("value").asDouble());
            }
            assertEquals(new TreeMap<>(EXPECTED).keySet(), values.keySet());
            EXPECTED.forEach((metric, value) -> assertEquals(value, values.get(metric), Math.abs(value) * 1e-12, metric));
            assertFalse(result.out().contains(KubernetesSimulator.DEFAULT_TOKEN)
                    || result.err().contains(KubernetesSimulator.DEFAULT_TOKEN), "the token never appears in output");
        }
    }

    @Test
    void oneInstancePerClusterEachWithItsOwnTagAndFailures(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
        try (KubernetesSimulator main = new KubernetesSimulator(clock); KubernetesSimulator eu = new KubernetesSimulator(clock)) {
            main.start();
            eu.start();
            eu.metricsServerStatus(404);
            Path mainConfig = Files.writeString(dir.resolve("main"), main.kubeconfig("main"));
            Path euConfig = Files.writeString(dir.resolve("eu"), eu.kubeconfig("eu"));
            CliTest.Result result = CliTest.run("collect", "kubernetes/eu", "--json", "--at", AT,
                    "--set", "yardstick.collectors.kubernetes.kubeconfig=" + mainConfig,
                    "--set", "yardstick.collectors.kubernetes.cluster-name=main",
                    "--set", "yardstick.collectors.\"kubernetes/eu\".kubeconfig=" + euConfig,
                    "--set", "yardstick.collectors.\"kubernetes/eu\".cluster-name=eu");

            assertEquals(1, result.exitCode(), "partial: the usage sections of eu failed\n" + result.err());
            JsonNode points = new ObjectMapper().readTree(result.out());
            assertEquals(7, points.size(), "pods and deployments sections only");
            for (JsonNode point : points) {
                assertTrue(point.get("tags").toString().contains("\"cluster:eu\""), point.toString());
                assertEquals(EXPECTED.get(point.get("metric").asText()), point.get("value").asDouble(), 0.0);
            }
            assertTrue(result.err().contains("kubernetes/eu resources UPSTREAM_UNAVAILABLE: cluster eu: "
                    + "metrics.k8s.io/v1beta1 pods answered HTTP 404: metrics-server is absent"), result.err());
            assertEquals(0, main.requestCount(), "only the named instance ran");
        }
    }

    @Test
    void aKubeconfigThatDoesNotExistStopsStartUpNamingTheKey() {
        CliTest.Result result = CliTest.run("collect", "kubernetes", "--json",
                "--set", "yardstick.collectors.kubernetes.kubeconfig=/no/such/kubeconfig",
                "--set", "yardstick.collectors.kubernetes.cluster-name=x");
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("yardstick.collectors.kubernetes.kubeconfig"), result.err());
        assertTrue(result.err().contains("/no/such/kubeconfig does not exist"), result.err());
    }
}
