package dev.yardstick.github;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.http.HttpService;
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
import java.util.stream.Collectors;

/** A simulated GitHub plus a collector configured against it, for the plugin's tests. */
final class GithubTestbed implements AutoCloseable {
    static final String TOKEN = "testbed-token-0123";

    final FakeClock clock;
    final GithubSimulator github;
    final HttpService http;

    GithubTestbed(GithubDataSet data, HttpService http) {
        this.clock = FakeClock.at(data.reference());
        this.github = new GithubSimulator(clock, data, TOKEN);
        this.github.start();
        this.http = http;
    }

    static GithubTestbed standard() {
        return new GithubTestbed(GithubDataSet.standard(), new LoopbackHttpService(3));
    }

    Collector collector(List<String> repos, String extraSettings) {
        String hocon = "api-url = \"" + github.baseUrl() + "\"\ntoken = \"secret:env:GITHUB_TOKEN\"\nrepos = ["
                + repos.stream().map(repo -> "\"" + repo + "\"").collect(Collectors.joining(", ")) + "]\n"
                + extraSettings;
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:GITHUB_TOKEN", TOKEN));
        TestCollectorConfig config = TestCollectorConfig.of("github", hocon, getClass().getClassLoader(), secrets);
        FakeCollectorContext context = FakeCollectorContext.builder().collectorId("github").clock(clock)
                .http(http).secrets(secrets).build();
        return new GithubCollectorFactory().create(config, context);
    }

    CollectResult collect(Collector collector, Instant at) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(Duration.ofMinutes(2)), Inputs.none()));
    }

    CollectResult collectOnce(List<String> repos, Instant at) throws InterruptedException {
        try (Collector collector = collector(repos, "")) {
            return collect(collector, at);
        }
    }

    @Override
    public void close() {
        github.close();
    }
}
