package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesTestbed.AT;
import static dev.yardstick.kubernetes.KubernetesTestbed.assertSameValues;
import static dev.yardstick.kubernetes.KubernetesTestbed.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collector against fabric8's model of an API server (CRUD mode), seeded with the standard data set: pods in every
 * phase and container state, init and sidecar containers, deployments, and PodMetrics whose quantities use every
 * suffix. Expected values come from {@link ExpectedKubernetesMetrics}, which reads the raw JSON on its own.
 */
class KubernetesCollectorCrudTest {
    private static final KubernetesDataSet DATA = KubernetesDataSet.standard(AT);
    private static KubernetesMockServer server;
    @TempDir
    static Path dir;
    private static String base;

    @BeforeAll
    static void seed() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(List.of()), false);
        server.init();
        try (KubernetesClient client = server.createClient()) {
            KubernetesSerialization json = client.getKubernetesSerialization();
            for (ObjectNode pod : DATA.pods()) {
                Pod typed = json.convertValue(pod, Pod.class);
                client.pods().inNamespace(typed.getMetadata().getNamespace()).resource(typed).create();
            }
            for (ObjectNode deployment : DATA.deployments()) {
                Deployment typed = json.convertValue(deployment, Deployment.class);
                client.apps().deployments().inNamespace(typed.getMetadata().getNamespace()).resource(typed).create();
            }
            for (ObjectNode metrics : DATA.podMetrics()) {
                GenericKubernetesResource generic = json.convertValue(metrics, GenericKubernetesResource.class);
                client.genericKubernetesResources(ClusterReader.POD_METRICS)
                        .inNamespace(generic.getMetadata().getNamespace()).resource(generic).create();
            }
        }
        Path kubeconfig = KubernetesTestbed.kubeconfig(dir, "http://" + server.getHostName() + ":" + server.getPort(),
                "crud-token");
        base = "cluster-name = crud\nkubeconfig = \"" + kubeconfig + "\"\n";
    }

    @AfterAll
    static void stop() {
        server.destroy();
    }

    @Test
    void theFifteenMetricsHaveExactlyTheDefinedValues() throws InterruptedException {
        CollectResult result = KubernetesTestbed.collect(base);
        assertEquals(List.of(), result.failures());
        Map<String, Map<String, Double>> actual = values(result, "crud");
        assertEquals(15, actual.size());
        assertSameValues(ExpectedKubernetesMetrics.compute(DATA, ExpectedKubernetesMetrics.Options.defaults(AT)), actual);
        // The same figures worked out by hand from KubernetesDataSet, as a check on the check.
        Map<String, Double> byHand = Map.ofEntries(Map.entry(KubernetesMetrics.FAILED, 2.0),
                Map.entry(KubernetesMetrics.PENDING, 4.0), Map.entry(KubernetesMetrics.CRASH_LOOPING, 3.0),
                Map.entry(KubernetesMetrics.IMAGE_PULL_ERRORS, 3.0), Map.entry(KubernetesMetrics.HIGH_RESTARTS, 5.0),
                Map.entry(KubernetesMetrics.OOMKILLED, 4.0), Map.entry(KubernetesMetrics.ZERO_REPLICAS, 3.0),
                Map.entry(KubernetesMetrics.IDLE, 2.0), Map.entry(KubernetesMetrics.LOW_CPU, 3.0),
                Map.entry(KubernetesMetrics.LOW_MEMORY, 3.0), Map.entry(KubernetesMetrics.OVERALLOCATED, 5.0));
        byHand.forEach((metric, value) -> assertEquals(value, actual.get(metric).get(""), metric));
    }

    @ParameterizedTest(name = "include {0} exclude {1} by-namespace {2}")
    @CsvSource(delimiter = '|', value = {
        "ml,batch |           | false",
        "         | ml        | false",
        "         | ml,web    | true",
        "         |           | true",
        "web,staging |        | true",
        "nowhere  |           | true"})
    void namespaceFiltersAndPerNamespaceCounts(String include, String exclude, boolean byNamespace)
            throws InterruptedException {
        Set<String> included = names(include);
        Set<String> excluded = names(exclude);
        CollectResult result = KubernetesTestbed.collect(base + "namespaces.include = " + hocon(included)
                + "\nnamespaces.exclude = " + hocon(excluded) + "\nby-namespace = " + byNamespace + "\n");
        assertEquals(List.of(), result.failures());
        assertSameValues(ExpectedKubernetesMetrics.compute(DATA,
                new ExpectedKubernetesMetrics.Options(AT, included, excluded, byNamespace, 5)), values(result, "crud"));
    }

    @Test
    void highRestartsThresholdIsASetting() throws InterruptedException {
        CollectResult result = KubernetesTestbed.collect(base + "high-restarts = 0\n");
        assertSameValues(ExpectedKubernetesMetrics.compute(DATA,
                new ExpectedKubernetesMetrics.Options(AT, Set.of(), Set.of(), false, 0)), values(result, "crud"));
    }

    private static Set<String> names(String csv) {
        return csv == null ? Set.of() : Set.of(csv.split(","));
    }

    private static String hocon(Set<String> names) {
        return names.stream().sorted().map(name -> "\"" + name + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
