package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PluginArchitecture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The testkit contract, run against the simulated GitHub (which accepts only the contract's canary token). */
class GithubCollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(GithubDataSet.DEFAULT_REFERENCE);
    private static GithubSimulator github;
    private static HttpServices http;

    @BeforeAll
    static void start() {
        github = new GithubSimulator(CLOCK, GithubDataSet.standard(), CANARY_SECRET);
        github.start();
        http = new HttpServices(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 2,
                Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), true, Optional.empty(), 1000),
                CLOCK, CLOCK::advance, new Telemetry());
    }

    @AfterAll
    static void stop() {
        http.close();
        github.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new GithubCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "api-url = \"" + github.baseUrl() + "\"\nrepos = [\"acme/docs\"]";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("github").clock(CLOCK).secrets(secrets)
                .httpFor(request -> http.forCollector("github", request.deadline()))
                .build();
    }

    @Test
    void collectsEveryMetricOfTheRepositoryWithTheCanaryToken() throws InterruptedException {
        assertEquals(List.of(), collectOnce().failures());
        assertEquals(27, collectOnce().points().size(), "acme/docs has no benchmark workflow");
    }

    @Test
    void declaresTheTwentyEightMetricsAndTheTokenAsSecret() {
        assertEquals(28, factory().metrics().size());
        assertEquals(java.util.Set.of("token"), factory().secretKeys());
        assertEquals("github", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.github");
    }
}
