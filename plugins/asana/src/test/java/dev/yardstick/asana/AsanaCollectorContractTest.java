package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.AsanaSimulator;
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

/** The testkit contract, run against the simulated Asana (which accepts only the contract's canary token). */
class AsanaCollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(AsanaDataSet.DEFAULT_REFERENCE);
    private static AsanaSimulator asana;
    private static HttpServices http;

    @BeforeAll
    static void start() {
        asana = new AsanaSimulator(CLOCK, AsanaDataSet.standard(), CANARY_SECRET);
        asana.start();
        http = new HttpServices(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 2,
                Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), true, Optional.empty(), 1000),
                CLOCK, CLOCK::advance, new Telemetry());
    }

    @AfterAll
    static void stop() {
        http.close();
        asana.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new AsanaCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "api-url = \"" + asana.baseUrl() + "\"\nworkspace = \"" + AsanaDataSet.WORKSPACE_GID
                + "\"\nbugs-project = \"" + AsanaDataSet.BUGS_PROJECT_GID + "\"";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("asana").clock(CLOCK).secrets(secrets)
                .httpFor(request -> http.forCollector("asana", request.deadline()))
                .build();
    }

    @Test
    void collectsAllFourteenMetricsWithTheCanaryToken() throws InterruptedException {
        assertEquals(List.of(), collectOnce().failures());
        assertEquals(14, collectOnce().points().size());
    }

    @Test
    void declaresTheFourteenMetricsAndTheTokenAsSecret() {
        assertEquals(14, factory().metrics().size());
        assertEquals(Set.of("token"), factory().secretKeys());
        assertEquals("asana", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.asana");
    }
}
