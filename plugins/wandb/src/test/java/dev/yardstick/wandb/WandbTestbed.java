package dev.yardstick.wandb;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated W&B, the runtime's real HTTP service (retries and rate-limit waits on a fake clock) and collectors
 * configured against them, for the plugin's tests.
 */
final class WandbTestbed implements AutoCloseable {
    static final String API_KEY = "testbed-wandb-key-0123";
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    final FakeClock clock;
    final WandbSimulator wandb;
    final HttpServices httpServices;
    /** The context of the collector created last: its logger holds the warnings. */
    FakeCollectorContext context;

    WandbTestbed(WandbDataSet data) {
        this.clock = FakeClock.at(data.reference());
        this.wandb = new WandbSimulator(clock, data, API_KEY);
        this.wandb.start();
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 3,
                Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(90), false, Optional.empty(), 0);
        this.httpServices = new HttpServices(settings, clock, clock::sleep, new Telemetry());
    }

    static WandbTestbed standard() {
        return new WandbTestbed(WandbDataSet.standard());
    }

    /** A collector of one simulated project with the default settings plus {@code extraSettings} (HOCON). */
    Collector collector(String project, String extraSettings) {
        String hocon = "api-url = \"" + wandb.baseUrl() + "\"\napi-key = \"secret:env:WANDB_API_KEY\"\n"
                + "entity = " + WandbDataSet.ENTITY + "\nproject = " + project + "\n" + extraSettings;
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:WANDB_API_KEY", API_KEY));
        TestCollectorConfig config = TestCollectorConfig.of("wandb", hocon, getClass().getClassLoader(), secrets);
        context = FakeCollectorContext.builder().collectorId("wandb").clock(clock)
                .httpFor(request -> httpServices.forCollector("wandb", request.deadline()))
                .secrets(secrets).build();
        return new WandbCollectorFactory().create(config, context);
    }

    /** Collects with a deadline {@code timeout} after the fake clock's present. */
    CollectResult collect(Collector collector, Instant at, Duration timeout) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(timeout), Inputs.none()));
    }

    CollectResult collectOnce(String project, Instant at, String extraSettings) throws InterruptedException {
        try (Collector collector = collector(project, extraSettings)) {
            return collect(collector, at, TIMEOUT);
        }
    }

    CollectResult collectOnce(String project, Instant at) throws InterruptedException {
        return collectOnce(project, at, "");
    }

    @Override
    public void close() {
        httpServices.close();
        wandb.close();
    }
}
