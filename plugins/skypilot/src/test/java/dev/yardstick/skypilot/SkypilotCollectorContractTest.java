package dev.yardstick.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.skypilot.SkypilotAuth;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator;
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

/** The testkit contract, run against the simulated API server (which accepts only the contract's canary token). */
class SkypilotCollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(SkypilotDataSet.DEFAULT_REFERENCE);
    private static SkypilotSimulator skypilot;
    private static HttpServices http;

    @BeforeAll
    static void start() {
        skypilot = new SkypilotSimulator(CLOCK, SkypilotDataSet.standard(), SkypilotAuth.bearer(CANARY_SECRET));
        skypilot.start();
        http = new HttpServices(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 2,
                Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), true, Optional.empty(), 1000),
                CLOCK, CLOCK::advance, new Telemetry());
    }

    @AfterAll
    static void stop() {
        http.close();
        skypilot.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new SkypilotCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "api-url = \"" + skypilot.baseUrl() + "\"\nper-job-metrics = true";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("skypilot").clock(CLOCK).secrets(secrets)
                .httpFor(request -> http.forCollector("skypilot", request.deadline()))
                .build();
    }

    @Test
    void collectsEveryAggregateAndThePerJobMetricsWithTheCanaryToken() throws InterruptedException {
        var result = collectOnce();
        assertEquals(List.of(), result.failures());
        assertEquals(31, result.points().stream().filter(point -> point.tags().asMap().isEmpty()).count());
    }

    @Test
    void declaresThe31AggregatesThe8PerJobGaugesAndTheTokenAsSecret() {
        assertEquals(39, factory().metrics().size());
        assertEquals(8, factory().metrics().stream().filter(m -> m.name().startsWith("skypilot.job.")).count());
        assertEquals(Set.of("token"), factory().secretKeys());
        assertEquals("skypilot", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.skypilot");
    }
}
