package dev.yardstick.github;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.sandbox.github.GithubDataSet;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A simulated GitHub, the runtime's real HTTP service (retries, Retry-After waits on a fake clock, ETag cache)
 * and collectors configured against them, for the plugin's tests.
 */
final class GithubTestbed implements AutoCloseable {
    static final String TOKEN = "testbed-token-0123";
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    final FakeClock clock;
    final GithubSimulator github;
    final HttpServices httpServices;

    GithubTestbed(GithubDataSet data) {
        this.clock = FakeClock.at(data.reference());
        this.github = new GithubSimulator(clock, data, TOKEN);
        this.github.start();
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, 4,
                Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), true, Optional.empty(),
                10_000);
        this.httpServices = new HttpServices(settings, clock, clock::advance, new Telemetry());
    }

    static GithubTestbed standard() {
        return new GithubTestbed(GithubDataSet.standard());
    }

    Collector collector(List<String> repos, String extraSettings) {
        return collector(repos, extraSettings, UnaryOperator.identity());
    }

    /** A collector whose HTTP service is wrapped, e.g. to make each request take fake time. */
    Collector collector(List<String> repos, String extraSettings, UnaryOperator<HttpService> wrap) {
        String hocon = "api-url = \"" + github.baseUrl() + "\"\ntoken = \"secret:env:GITHUB_TOKEN\"\nrepos = ["
                + repos.stream().map(repo -> "\"" + repo + "\"").collect(Collectors.joining(", ")) + "]\n"
                + extraSettings;
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:GITHUB_TOKEN", TOKEN));
        TestCollectorConfig config = TestCollectorConfig.of("github", hocon, getClass().getClassLoader(), secrets);
        FakeCollectorContext context = FakeCollectorContext.builder().collectorId("github").clock(clock)
                .httpFor(request -> wrap.apply(httpServices.forCollector("github", request.deadline())))
                .secrets(secrets).build();
        return new GithubCollectorFactory().create(config, context);
    }

    /** Collects with a deadline {@code timeout} after the fake clock's present. */
    CollectResult collect(Collector collector, Instant at, Duration timeout) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(timeout), Inputs.none()));
    }

    CollectResult collect(Collector collector, Instant at) throws InterruptedException {
        return collect(collector, at, TIMEOUT);
    }

    CollectResult collectOnce(List<String> repos, Instant at) throws InterruptedException {
        try (Collector collector = collector(repos, "")) {
            return collect(collector, at);
        }
    }

    @Override
    public void close() {
        httpServices.close();
        github.close();
    }
}
