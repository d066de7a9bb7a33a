package dev.yardstick.asana;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.AsanaSimulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A simulated Asana, the runtime's real HTTP service (retries and Retry-After waits on a fake clock) and collectors
 * configured against them, for the plugin's tests.
 */
final class AsanaTestbed implements AutoCloseable {
    static final String TOKEN = "asana-testbed-token-42";
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The longest Retry-After the host waits in these tests. */
    static final Duration WAIT_CAP = Duration.ofSeconds(60);

    final FakeClock clock;
    final AsanaSimulator asana;
    final HttpServices httpServices;
    FakeCollectorContext lastContext;

    AsanaTestbed(AsanaDataSet data) {
        this(data, data.reference());
    }

    /** A testbed whose simulated "now" is {@code now} (the data set's reference need not be). */
    AsanaTestbed(AsanaDataSet data, Instant now) {
        this.clock = FakeClock.at(now);
        this.asana = new AsanaSimulator(clock, data, TOKEN);
        this.asana.start();
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 4,
                Duration.ofMillis(500), Duration.ofSeconds(20), WAIT_CAP, true, Optional.empty(), 10_000);
        this.httpServices = new HttpServices(settings, clock, clock::advance, new Telemetry());
    }

    static AsanaTestbed standard() {
        return new AsanaTestbed(AsanaDataSet.standard());
    }

    /** The settings every test starts from: the simulator, the token, the workspace and the bugs project. */
    String baseSettings() {
        AsanaDataSet data = asana.dataSet();
        return "api-url = \"" + asana.baseUrl() + "\"\ntoken = \"secret:env:ASANA_TOKEN\"\nworkspace = \""
                + data.workspaceGid() + "\"\nbugs-project = \"" + data.bugsProjectGid() + "\"\n";
    }

    Collector collector(String extraSettings) {
        return collector(extraSettings, UnaryOperator.identity());
    }

    /** A collector whose HTTP service is wrapped, e.g. to make each request take fake time. */
    Collector collector(String extraSettings, UnaryOperator<HttpService> wrap) {
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:ASANA_TOKEN", TOKEN));
        TestCollectorConfig config = TestCollectorConfig.of("asana", baseSettings() + extraSettings,
                getClass().getClassLoader(), secrets);
        lastContext = FakeCollectorContext.builder().collectorId("asana").clock(clock)
                .httpFor(request -> wrap.apply(httpServices.forCollector("asana", request.deadline())))
                .secrets(secrets).build();
        return new AsanaCollectorFactory().create(config, lastContext);
    }

    /** Collects with a deadline {@code timeout} after the fake clock's present. */
    CollectResult collect(Collector collector, Instant at, Duration timeout) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(timeout), Inputs.none()));
    }

    CollectResult collectOnce(String extraSettings, Instant at) throws InterruptedException {
        try (Collector collector = collector(extraSettings)) {
            return collect(collector, at, TIMEOUT);
        }
    }

    CollectResult collectOnce(Instant at) throws InterruptedException {
        return collectOnce("", at);
    }

    @Override
    public void close() {
        httpServices.close();
        asana.close();
    }
}
