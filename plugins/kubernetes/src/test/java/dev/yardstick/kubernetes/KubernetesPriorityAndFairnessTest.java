package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesTestbed.assertSameValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.core.ReceivedRequest;
import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import dev.yardstick.testkit.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault matrix R22, second half (the first, 410 Gone on {@code continue}, is in {@link KubernetesListingTest}): API
 * Priority and Fairness answers {@code 429 Retry-After: 1}; the listing is retried and nothing is counted twice.
 */
class KubernetesPriorityAndFairnessTest {
    private static final Instant AT = KubernetesDataSet.DEFAULT_REFERENCE;

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

    @Test
    void aPriorityAndFairness429IsRetriedAndTheListingCountsEachPodOnce() throws InterruptedException {
        api.faults().statusSequence("/api/v1/pods", FaultResponse.retryAfter(429, 1));

        CollectResult result = KubernetesTestbed.collect(base);

        assertEquals(List.of(), result.failures());
        assertSameValues(ExpectedKubernetesMetrics.compute(api.dataSet(), ExpectedKubernetesMetrics.Options.defaults(AT)),
                KubernetesTestbed.values(result, "sandbox"));
        List<ReceivedRequest> pods = api.requests("/api/v1/pods");
        int pages = (api.dataSet().pods().size() + 3) / 4;
        assertEquals(pages + 1, pods.size(), "the refused first page, then every page once");
        assertEquals(pods.get(0).target(), pods.get(1).target(), "the refused request is repeated as it was");
    }
}
