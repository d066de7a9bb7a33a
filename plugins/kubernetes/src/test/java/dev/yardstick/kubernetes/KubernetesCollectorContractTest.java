package dev.yardstick.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.sandbox.kubernetes.KubernetesDataSet;
import dev.yardstick.sandbox.kubernetes.KubernetesSimulator;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PluginArchitecture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The testkit contract, run against the sandbox's Kubernetes API; the kubeconfig's token is the canary. */
class KubernetesCollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(KubernetesDataSet.DEFAULT_REFERENCE);
    private static KubernetesSimulator api;
    private static Path kubeconfig;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        api = new KubernetesSimulator(CLOCK, KubernetesDataSet.standard(), CANARY_SECRET);
        api.start();
        kubeconfig = KubernetesTestbed.write(dir.resolve("config"), api.kubeconfig("contract"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new KubernetesCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "cluster-name = contract\nkubeconfig = \"" + kubeconfig + "\"\nby-namespace = true\n";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("kubernetes").clock(CLOCK).secrets(secrets).build();
    }

    @Test
    void collectsEveryMetricWithTheKubeconfigToken() throws InterruptedException {
        assertEquals(List.of(), collectOnce().failures());
        assertEquals(Set.copyOf(KubernetesMetrics.catalogue().stream().map(m -> m.name()).toList()),
                Set.copyOf(collectOnce().points().stream().map(p -> p.name()).toList()));
    }

    @Test
    void declaresTheFifteenMetricsAndNoSecretKeys() {
        assertEquals(15, factory().metrics().size());
        assertEquals(Set.of(), factory().secretKeys(), "credentials stay in the kubeconfig or the service account");
        assertEquals("kubernetes", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.kubernetes");
    }
}
