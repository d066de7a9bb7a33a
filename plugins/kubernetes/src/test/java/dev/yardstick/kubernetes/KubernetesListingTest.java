package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesTestbed.AT;
import static dev.yardstick.kubernetes.KubernetesTestbed.assertSameValues;
import static dev.yardstick.kubernetes.KubernetesTestbed.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.FailureKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The collector against the sandbox's Kubernetes API over plain http: chunked listing with {@code limit} and
 * {@code continue}, an expired continue token (410) in the middle of a listing, metrics-server absent, rejected
 * credentials and the deadline.
 */
class KubernetesListingTest {
    private static KubernetesSimulator api;
    private static String base;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        api = new KubernetesSimulator(FakeClock.at(AT));
        api.start();
        Path kubeconfig = KubernetesTestbed.write(dir.resolve("config"), api.kubeconfig("sandbox"));
        base = "cluster-name = sandbox\nkubeconfig = \"" + kubeconfig + "\"\npage-size = 4\n";
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void reset() {
        api.reset();
    }

    private static Map<String, Map<String, Double>> expected() {
        return ExpectedKubernetesMetrics.compute(api.dataSet(), ExpectedKubernetesMetrics.Options.defaults(AT));
    }

    @Test
    void listsEveryResourceInChunksFollowingTheContinueToken() throws InterruptedException {
        CollectResult result = KubernetesTestbed.collect(base);
        assertEquals(List.of(), result.failures());
        assertSameValues(expected(), values(result, "sandbox"));
        List<ReceivedRequest> pods = api.requests("/api/v1/pods");
        int pages = (api.dataSet().pods().size() + 3) / 4;
        assertEquals(pages, pods.size(), "one request per chunk of 4 pods");
        assertTrue(pods.stream().allMatch(r -> r.queryParameter("limit").equals(java.util.Optional.of("4"))), pods.toString());
        assertEquals(pages - 1, pods.stream().filter(r -> r.queryParameter("continue").isPresent()).count());
        assertEquals((api.dataSet().podMetrics().size() + 3) / 4, api.requests("/apis/metrics.k8s.io/v1beta1/pods").size());
        assertEquals((api.dataSet().deployments().size() + 3) / 4, api.requests("/apis/apps/v1/deployments").size());
    }

    @Test
    void anExpiredContinueTokenRestartsThatListingOnce() throws InterruptedException {
        api.expireContinueTokens(1);
        CollectResult result = KubernetesTestbed.collect(base);
        assertEquals(List.of(), result.failures());
        assertSameValues(expected(), values(result, "sandbox"));
        List<String> targets = api.requests("/api/v1/pods").stream().map(ReceivedRequest::target).toList();
        int pages = (api.dataSet().pods().size() + 3) / 4;
        assertEquals(pages + 2, targets.size(), "page 1, the expired page 2, then all pages again: " + targets);
        assertFalse(targets.get(2).contains("continue="), "the restart asks for the first chunk again: " + targets);
    }

    @Test
    void aSecondExpiryFailsOnlyTheSectionsThatNeedTheList() throws InterruptedException {
        api.expireContinueTokens(2);
        CollectResult result = KubernetesTestbed.collect(base);
        assertEquals(Set.of("pods", "resources", "utilization"), sections(result));
        CollectFailure pods = failure(result, "pods");
        assertEquals(FailureKind.UPSTREAM_UNAVAILABLE, pods.kind());
        assertTrue(pods.message().contains("cluster sandbox: listing pods (restarted once already): HTTP 410"),
                pods.message());
        assertEquals(Set.of(KubernetesMetrics.ZERO_REPLICAS), values(result, "sandbox").keySet());
    }

    @Test
    void everyRequestToTheApiServerIsCountedWithItsStatusRetriesIncluded() throws InterruptedException {
        api.metricsServerStatus(503);
        FakeCollectorContext context = FakeCollectorContext.builder().collectorId("kubernetes")
                .clock(FakeClock.at(AT)).build();
        KubernetesTestbed.collect(base, context, AT.plus(Duration.ofMinutes(2)));

        String host = URI.create(api.baseUrl()).getHost();
        List<String> counted = context.countedRequests();
        assertEquals(api.requests().size(), counted.size(), counted.toString());
        long unavailable = api.requests().stream().filter(r -> r.target().startsWith("/apis/metrics.k8s.io/"))
                .count();
        assertTrue(unavailable > 1, "fabric8 retried the 503: " + unavailable);
        assertEquals(unavailable, counted.stream().filter(request -> request.equals(host + " 503")).count());
        assertEquals(counted.size() - unavailable, counted.stream().filter(request -> request.equals(host + " 200"))
                .count(), counted.toString());
    }

    @ParameterizedTest(name = "metrics.k8s.io answers {0}")
    @ValueSource(ints = {404, 503})
    void withoutMetricsServerOnlyTheUsageSectionsFailAndSaySo(int status) throws InterruptedException {
        api.metricsServerStatus(status);
        CollectResult result = KubernetesTestbed.collect(base);
        assertEquals(Set.of("resources", "utilization"), sections(result));
        for (CollectFailure failure : result.failures()) {
            assertEquals(FailureKind.UPSTREAM_UNAVAILABLE, failure.kind());
            assertTrue(failure.message().contains("HTTP " + status + ": metrics-server is absent or not ready"),
                    failure.message());
        }
        Map<String, Map<String, Double>> expected = expected();
        expected.keySet().retainAll(Set.of(KubernetesMetrics.CRASH_LOOPING, KubernetesMetrics.FAILED,
                KubernetesMetrics.PENDING, KubernetesMetrics.OOMKILLED, KubernetesMetrics.HIGH_RESTARTS,
                KubernetesMetrics.IMAGE_PULL_ERRORS, KubernetesMetrics.ZERO_REPLICAS));
        assertSameValues(expected, values(result, "sandbox"));
    }

    @Test
    void rejectedCredentialsFailEverySectionWithoutTheToken() throws InterruptedException {
        Path wrong = KubernetesTestbed.kubeconfig(dir, api.baseUrl(), "wrong-t0ken-value");
        CollectResult result = KubernetesTestbed.collect("cluster-name = sandbox\nkubeconfig = \"" + wrong + "\"\n");
        assertEquals(Set.copyOf(KubernetesCollector.SECTIONS), sections(result));
        result.failures().forEach(failure -> assertEquals(FailureKind.AUTH, failure.kind()));
        assertTrue(failure(result, "pods").message().contains("HTTP 401"), failure(result, "pods").message());
        assertFalse(result.toString().contains("wrong-t0ken-value"));
        assertEquals(List.of(), result.points());
    }

    @Test
    void aPassedDeadlineFailsEverySectionAsTimeout() throws InterruptedException {
        CollectResult result = KubernetesTestbed.collect(base, FakeClock.at(AT), AT);
        assertEquals(Set.copyOf(KubernetesCollector.SECTIONS), sections(result));
        result.failures().forEach(failure -> assertEquals(FailureKind.TIMEOUT, failure.kind()));
        assertEquals(0, api.requestCount());
    }

    @Test
    void aSlowApiServerIsCutOffAtTheDeadline() throws InterruptedException {
        api.faults().latency(Duration.ofSeconds(5));
        Clock clock = Clock.systemUTC();
        // Had the client waited for the 5 s answer, the pods would have been listed; the deadline cuts it off.
        CollectResult result = KubernetesTestbed.collect(base, clock, clock.instant().plusMillis(700));
        assertEquals(Set.copyOf(KubernetesCollector.SECTIONS), sections(result));
        assertEquals(FailureKind.TIMEOUT, failure(result, "pods").kind(), result.failures().toString());
    }

    @Test
    void aQuantityThatIsNotOneFailsOnlyTheUsageSections() throws InterruptedException {
        KubernetesDataSet standard = KubernetesDataSet.standard(AT);
        List<ObjectNode> metrics = new ArrayList<>(standard.podMetrics());
        ObjectNode broken = metrics.get(0).deepCopy();
        ((ObjectNode) broken.path("containers").get(0).path("usage")).put("memory", "12Qi");
        metrics.set(0, broken);
        try (KubernetesSimulator odd = new KubernetesSimulator(FakeClock.at(AT), new KubernetesDataSet(AT,
                standard.pods(), standard.deployments(), metrics), KubernetesSimulator.DEFAULT_TOKEN)) {
            odd.start();
            Path kubeconfig = KubernetesTestbed.write(dir.resolve("odd"), odd.kubeconfig("odd"));
            CollectResult result = KubernetesTestbed.collect("cluster-name = odd\nkubeconfig = \"" + kubeconfig + "\"\n");
            assertEquals(Set.of("resources", "utilization"), sections(result));
            result.failures().forEach(failure -> assertEquals(FailureKind.BAD_RESPONSE, failure.kind(), failure.message()));
            assertEquals(7, result.points().size(), "the pods and deployments sections still emit");
        }
    }

    private static Set<String> sections(CollectResult result) {
        return result.failures().stream().map(CollectFailure::section).collect(Collectors.toSet());
    }

    private static CollectFailure failure(CollectResult result, String section) {
        return result.failures().stream().filter(f -> f.section().equals(section)).findFirst().orElseThrow();
    }
}
