package dev.yardstick.skypilot;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.skypilot.SkypilotAuth;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A simulated SkyPilot API server, the runtime's real HTTP service (retries and backoff on a fake clock) and
 * collectors configured against them, for the plugin's tests.
 */
final class SkypilotTestbed implements AutoCloseable {
    static final String TOKEN = "testbed-skypilot-token-42";
    static final Instant AT = SkypilotDataSet.DEFAULT_REFERENCE;
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    final FakeClock clock;
    final SkypilotSimulator skypilot;
    final HttpServices httpServices;
    FakeCollectorContext lastContext;

    SkypilotTestbed(SkypilotDataSet data, SkypilotAuth auth) {
        this.clock = FakeClock.at(data.reference());
        this.skypilot = new SkypilotSimulator(clock, data, auth);
        this.skypilot.start();
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 4,
                Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), true, Optional.empty(),
                1_000);
        this.httpServices = new HttpServices(settings, clock, clock::advance, new Telemetry());
    }

    /** The standard data set behind the testbed's token. */
    static SkypilotTestbed standard() {
        return new SkypilotTestbed(SkypilotDataSet.standard(), SkypilotAuth.bearer(TOKEN));
    }

    /** A collector with the testbed's URL and token plus {@code extraSettings} (HOCON, later keys win). */
    Collector collector(String extraSettings) {
        String hocon = "api-url = \"" + skypilot.baseUrl() + "\"\ntoken = \"secret:env:SKYPILOT_TOKEN\"\n"
                + extraSettings;
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:SKYPILOT_TOKEN", TOKEN));
        TestCollectorConfig config = TestCollectorConfig.of("skypilot", hocon, getClass().getClassLoader(), secrets);
        lastContext = FakeCollectorContext.builder().collectorId("skypilot").clock(clock)
                .httpFor(request -> httpServices.forCollector("skypilot", request.deadline()))
                .secrets(secrets).build();
        return new SkypilotCollectorFactory().create(config, lastContext);
    }

    CollectResult collect(Collector collector, Instant at) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(TIMEOUT), Inputs.none()));
    }

    CollectResult collectOnce(String extraSettings) throws InterruptedException {
        try (Collector collector = collector(extraSettings)) {
            return collect(collector, AT);
        }
    }

    /** The untagged (aggregate) points by name, each checked to be one gauge at the evaluation instant. */
    static Map<String, Double> aggregates(List<MetricPoint> points, Instant at) {
        Map<String, Double> values = new TreeMap<>();
        for (MetricPoint point : points) {
            if (point.tags().asMap().isEmpty()) {
                if (!(point instanceof Gauge gauge) || !at.equals(point.timestamp())) {
                    throw new AssertionError(point + " is not a gauge at " + at);
                }
                if (values.put(point.name(), gauge.value()) != null) {
                    throw new AssertionError("two points named " + point.name());
                }
            }
        }
        return values;
    }

    /** Same names, and values equal up to floating-point summation order. */
    static void assertMatch(Map<String, Double> expected, Map<String, Double> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet(), "metric names");
        expected.forEach((name, value) -> org.junit.jupiter.api.Assertions.assertEquals(value, actual.get(name),
                1e-9 * Math.max(1, Math.abs(value)), name));
    }

    @Override
    public void close() {
        httpServices.close();
        skypilot.close();
    }
}
