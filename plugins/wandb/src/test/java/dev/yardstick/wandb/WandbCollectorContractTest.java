package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PluginArchitecture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The testkit contract, run against the simulated W&B (which accepts only the contract's canary key). */
class WandbCollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(WandbDataSet.DEFAULT_REFERENCE);
    private static WandbSimulator wandb;
    private static HttpServices http;

    @BeforeAll
    static void start() {
        wandb = new WandbSimulator(CLOCK, WandbDataSet.standard(), CANARY_SECRET);
        wandb.start();
        http = new HttpServices(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 2,
                Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), false, Optional.empty(), 0),
                CLOCK, CLOCK::advance, new Telemetry());
    }

    @AfterAll
    static void stop() {
        http.close();
        wandb.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new WandbCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "api-url = \"" + wandb.baseUrl() + "\"\nentity = metta-research\nproject = research";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("wandb").clock(CLOCK).secrets(secrets)
                .httpFor(request -> http.forCollector("wandb", request.deadline()))
                .build();
    }

    @Test
    void collectsEveryMetricOfTheProjectWithTheCanaryKey() throws InterruptedException {
        assertEquals(List.of(), collectOnce().failures());
        assertEquals(39, collectOnce().points().size(), "30 counts, 3 training gauges, 6 summary metrics");
    }

    @Test
    void declaresFifteenMetricsAndTheApiKeyAsSecret() {
        assertEquals(15, factory().metrics().size());
        assertEquals(Set.of("api-key"), factory().secretKeys());
        assertEquals("wandb", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.wandb");
    }
}
