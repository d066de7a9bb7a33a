package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WandbSettingsTest {
    private static final String REQUIRED = "api-key = \"secret:env:K\"\nentity = acme\nproject = rl\n";

    static WandbSettings settings(String hocon) {
        return WandbSettings.from(TestCollectorConfig.of("wandb", hocon, WandbSettingsTest.class.getClassLoader(),
                new MapSecretResolver(Map.of("secret:env:K", "key-value-42"))));
    }

    @Test
    void defaultsComeFromReferenceConf() {
        WandbSettings settings = settings(REQUIRED);
        assertEquals(URI.create("https://api.wandb.ai"), settings.apiUrl());
        assertEquals("acme/rl", settings.projectPath());
        assertEquals(Duration.ofHours(24), settings.window());
        assertEquals(100, settings.pageSize());
        assertEquals(List.of("ptm", "sweep", "stable", "local"), settings.runTypes().stream().map(RunTypeRule::type)
                .toList());
        assertEquals("^github\\.sky\\.", settings.runTypes().get(0).match().pattern());
        assertEquals(List.of("gpu_count", "num_gpus"), settings.gpuCountKeys());
        assertEquals("system.gpu.0.gpu", settings.gpuUtilizationKey());
        assertEquals(List.of(
                new SummaryMetric("latest_sps", "overview/sps", Aggregate.LATEST, Duration.ofDays(1),
                        Set.of("finished")),
                new SummaryMetric("avg_heart_amount_24h", "env_agent/heart.amount", Aggregate.MEAN, Duration.ofDays(1),
                        Set.of("finished")),
                new SummaryMetric("latest_queue_latency_s", "skypilot/queue_latency_s", Aggregate.LATEST,
                        Duration.ofDays(1), Set.of("finished")),
                new SummaryMetric("best_accuracy", "accuracy", Aggregate.MAX, Duration.ofDays(7), Set.of("finished")),
                new SummaryMetric("avg_accuracy_7d", "accuracy", Aggregate.MEAN, Duration.ofDays(7),
                        Set.of("finished")),
                new SummaryMetric("latest_loss", "loss", Aggregate.LATEST, Duration.ofDays(1), Set.of("finished"))),
                settings.summaryMetrics());
    }

    @Test
    void aSummaryMetricIsAppendedWithPlusEqualsAndTakesTheDefaultsItLeavesOut() {
        WandbSettings settings = settings(REQUIRED + "summary-metrics += { name = worst_reward, key = \"eval/reward\","
                + " aggregate = MIN, states = [finished, crashed] }\nsummary-metric-defaults.window = 12h");
        assertEquals(7, settings.summaryMetrics().size());
        assertEquals(new SummaryMetric("worst_reward", "eval/reward", Aggregate.MIN, Duration.ofHours(12),
                Set.of("finished", "crashed")), settings.summaryMetrics().get(6));
        assertEquals(Duration.ofDays(7), settings.summaryMetrics().get(3).window(), "its own window wins");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "entity = acme\\nproject = rl|api-key|a W&B API key is required",
        "api-key = \"secret:env:K\"\\nproject = rl|entity|is required",
        "api-key = \"secret:env:K\"\\nentity = acme|project|is required",
        "api-url = \"ftp://x\"|api-url|must be an http(s) URL",
        "project = \"a b\"|project|is not a W&B project name",
        "window = 8d|window|at most 7d",
        "page-size = 0|page-size|between 1 and 1000",
        "run-types = [{type = ptm, match = \"(\"}]|run-types[0].match|not a valid regular expression",
        "run-types = [{type = other, match = x}]|run-types[0].type|'other' is the type of runs no rule matches",
        "run-types = [{type = a, match = x}, {type = a, match = y}]|run-types[1].type|has two rules",
        "run-types = [{type = \"Bad Type\", match = x}]|run-types[0].type|must match",
        "summary-metrics = [{name = x, key = k, aggregate = median}]|summary-metrics[0].aggregate|latest, mean, max",
        "summary-metrics = [{name = x, key = k, aggregate = max, window = 30d}]|summary-metrics[0].window|at most 7d",
        "summary-metrics = [{name = x, key = k, aggregate = max, states = []}]|summary-metrics[0].states|at least one",
        "summary-metrics = [{name = x, key = k, aggregate = max}, {name = x, key = j, aggregate = min}]"
            + "|summary-metrics[1].name|defined twice",
        "summary-metrics = [{name = Bad, key = k, aggregate = max}]|summary-metrics[0].name|must match",
        "summary-metrics = [{name = x, key = \"\", aggregate = max}]|summary-metrics[0].key|must not be empty",
        "summary-metrics = [{name = x, key = k, aggregate = max, windw = 7d}]|summary-metrics[0].windw|unknown key "
            + "(expected aggregate, key, name, states, window)",
        "run-types = [{type = a, regex = x}]|run-types[0].regex|unknown key (expected match, type)",
        "gpu-utilization-key = \"\"|gpu-utilization-key|must not be empty"})
    void invalidSettingsNameTheirKey(String hocon, String key, String problem) {
        String text = hocon.replace("\\n", "\n");
        String full = text.contains("api-key") || key.equals("api-key") ? text : REQUIRED + text;
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> settings(full));
        assertEquals("yardstick.collectors.wandb." + key, error.path(), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertTrue(!error.getMessage().contains("key-value-42"), "no secret in: " + error.getMessage());
    }
}
