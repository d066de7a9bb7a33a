package dev.yardstick.healthfom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.Inputs;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code inputs = datadog} against the sandbox's Datadog API, which answers metric queries from stored points. */
class DatadogInputsTest {
    private static final Instant AT = RunInputsFixture.AT;
    private static final String API_KEY = "dd-api-key-7c1e";
    private static final String APP_KEY = "dd-app-key-55aa";

    private DatadogApiSimulator datadog;

    @BeforeEach
    void start() {
        datadog = new DatadogApiSimulator(FakeClock.at(AT), Optional.of(API_KEY));
        datadog.serveQueriesFrom(() -> List.of(
                point("github.ci.failed_workflows_7d", 4, -50, "env:test", "repo:acme/widgets"),
                point("github.ci.failed_workflows_7d", 2, -10, "env:test", "repo:acme/widgets"),
                point("github.ci.failed_workflows_7d", 9, 5, "env:test", "repo:acme/widgets"),
                point("github.ci.failed_workflows_7d", 100, -5, "env:production", "repo:acme/widgets"),
                point("github.ci.failed_workflows_7d", 1, -20, "env:test", "repo:acme/api"),
                point("github.ci.failed_workflows_7d", 3, -90, "env:test", "repo:acme/old"),
                point("wandb.runs.completed_7d", 3, -15, "env:test", "project:acme/research", "run_type:ptm"),
                point("wandb.runs.completed_7d", 1, -15, "env:test", "project:acme/research", "run_type:sweep"),
                point("wandb.training.gpu_utilization_avg", 60, -15, "env:test", "project:acme/research")));
        datadog.start();
    }

    @AfterEach
    void stop() {
        datadog.close();
    }

    @Test
    void readsTheLastPointOfThisEnvironmentPerSeries() {
        CollectResult result = collect(API_KEY, "");

        Map<String, Double> values = HealthFomCollectorTest.values(result.points());
        assertEquals(List.of(), result.failures());
        assertEquals(1 - 2 / 5.0, values.get("health.ci.failing_workflows.fom|repo:acme/widgets"), 1e-9,
                "the last point at or before at, of env:test only");
        assertEquals(1 - 1 / 5.0, values.get("health.ci.failing_workflows.fom|repo:acme/api"), 1e-9);
        assertFalse(values.keySet().stream().anyMatch(k -> k.contains("acme/old")), "older than the lookback");
        assertEquals(4 / 7.0, values.get("health.training.run_success.fom|project:acme/research"), 1e-9);
        assertEquals(60 / 80.0, values.get("health.training.gpu_utilization.fom|project:acme/research"), 1e-9);
        assertEquals(1.0, values.get(HealthFomCollectorTest.missing("repo:acme/widgets",
                "health.ci.hotfix_count.fom")));
    }

    @Test
    void queriesOnePerInputScopedToTheEnvironment() {
        collect(API_KEY, "");

        List<String> queries = datadog.requests("/api/v1/query").stream()
                .map(r -> r.queryParameter("query").orElseThrow()).collect(Collectors.toList());
        assertEquals(18, queries.size());
        assertTrue(queries.contains("avg:github.ci.failed_workflows_7d{env:test} by {repo}"), queries.toString());
        assertTrue(queries.contains("avg:wandb.runs.completed_7d{env:test} by {project,run_type}"), queries.toString());
        assertTrue(queries.contains("avg:wandb.metrics.latest_loss{env:test} by {project}"), queries.toString());
        String from = datadog.requests("/api/v1/query").get(0).queryParameter("from").orElseThrow();
        assertEquals(AT.minus(Duration.ofHours(1)).getEpochSecond(), Long.parseLong(from));
    }

    @Test
    void onlyTheConfiguredRunTypesAreSummed() {
        Map<String, Double> values = HealthFomCollectorTest.values(
                collect(API_KEY, "training-run-types = [sweep]").points());
        assertEquals(1 / 7.0, values.get("health.training.run_success.fom|project:acme/research"), 1e-9);
    }

    @Test
    void aRejectedKeyFailsEachQueryAsAuthAndReportsScoresMissing() {
        CollectResult result = collect("wrong-key-0000", "");

        assertEquals(18, result.failures().size());
        assertTrue(result.failures().stream().allMatch(f -> f.kind() == FailureKind.AUTH), result.failures().toString());
        assertEquals(18, result.points().stream().filter(p -> p.name().equals(HealthFomMetrics.INPUT_MISSING)).count());
        assertFalse(result.toString().contains("wrong-key-0000") || result.toString().contains(APP_KEY));
    }

    private CollectResult collect(String apiKey, String overrides) {
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:DD_API_KEY", apiKey,
                "secret:env:DD_APP_KEY", APP_KEY));
        TestCollectorConfig config = TestCollectorConfig.of(HealthFomCollectorFactory.TYPE,
                "inputs = datadog\n" + overrides + "\ndatadog { api-url = \"" + datadog.baseUrl()
                        + "\", api-key = \"secret:env:DD_API_KEY\", app-key = \"secret:env:DD_APP_KEY\" }",
                HealthFomCollectorFactory.class.getClassLoader(), secrets);
        FakeCollectorContext context = FakeCollectorContext.builder().secrets(secrets).build();
        try (Collector collector = new HealthFomCollectorFactory().create(config, context)) {
            return collector.collect(new CollectRequest(AT, AT.plus(Duration.ofMinutes(2)), Inputs.none()));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static AcceptedPoint point(String metric, double value, int minutesFromAt, String... tags) {
        return new AcceptedPoint(metric, 3, List.of(tags), AT.plusSeconds(60L * minutesFromAt).getEpochSecond(), value);
    }
}
