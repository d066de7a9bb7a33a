package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.github.GithubSimulator;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's acceptance: {@code collect health-fom} against held-out GitHub and W&B servers prints every score,
 * each equal to its formula (written out here again) applied to what {@code collect github} and
 * {@code collect wandb} print for the same {@code --at}.
 */
class CollectHealthFomCommandTest {
    private static final String AT = "2026-11-20T12:00:00Z";
    private static final String[] REPOS = {"acme/widgets", "acme/docs"};
    private static final Map<String, String> CI = new TreeMap<>(Map.ofEntries(
            Map.entry("tests_passing", "github.ci.tests_passing_on_main"),
            Map.entry("failing_workflows", "github.ci.failed_workflows_7d"),
            Map.entry("hotfix_count", "github.commits.hotfix"),
            Map.entry("revert_count", "github.commits.reverts"),
            Map.entry("duration_p90", "github.ci.duration_p90_minutes"),
            Map.entry("stale_prs", "github.prs.stale_count_14d"),
            Map.entry("pr_cycle_time", "github.prs.cycle_time_hours"),
            Map.entry("benchmarks_passing", "github.ci.benchmarks_passing"),
            Map.entry("force_merge_count", "github.commits.force_merge_7d"),
            Map.entry("timeout_cancellations", "github.ci.timeout_cancellations_7d"),
            Map.entry("flaky_checks", "github.ci.flaky_checks_7d")));
    private static final Map<String, DoubleUnaryOperator> FORMULA = Map.ofEntries(
            Map.entry("tests_passing", x -> x > 0 ? 1 : 0),
            Map.entry("failing_workflows", x -> Math.max(1 - x / 5, 0)),
            Map.entry("hotfix_count", x -> Math.max(1 - x / 10, 0)),
            Map.entry("revert_count", x -> Math.max(1 - x / 2, 0)),
            Map.entry("duration_p90", x -> clamp(1 - (x - 3) / 7)),
            Map.entry("stale_prs", x -> Math.max(1 - x / 50, 0)),
            Map.entry("pr_cycle_time", x -> clamp(1 - (x - 24) / 48)),
            Map.entry("benchmarks_passing", x -> x > 0 ? 1 : 0),
            Map.entry("force_merge_count", x -> Math.max(1 - x / 14, 0)),
            Map.entry("timeout_cancellations", x -> Math.max(1 - x / 20, 0)),
            Map.entry("flaky_checks", x -> Math.max(1 - x / 20, 0)),
            Map.entry("run_success", x -> Math.min(x / 7, 1)),
            Map.entry("run_failures", x -> Math.max(1 - x / 3, 0)),
            Map.entry("best_accuracy", x -> x > 1 ? Math.min(x / 100, 1) : clamp(x)),
            Map.entry("avg_accuracy", x -> x > 1 ? Math.min(x / 100, 1) : clamp(x)),
            Map.entry("latest_loss", x -> clamp(1 - (x - 0.1) / 1.9)),
            Map.entry("gpu_utilization", x -> Math.min(x / 80, 1)),
            Map.entry("duration", x -> x < 1 ? 0.3 : x <= 8 ? 1 : clamp(1 - (x - 8) / 8)));
    private static final Map<String, String> TRAINING = Map.of(
            "best_accuracy", "wandb.metrics.best_accuracy", "avg_accuracy", "wandb.metrics.avg_accuracy_7d",
            "latest_loss", "wandb.metrics.latest_loss", "gpu_utilization", "wandb.training.gpu_utilization_avg",
            "duration", "wandb.training.avg_duration_hours");

    private GithubSimulator github;
    private WandbSimulator wandb;

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(Instant.parse(AT), ZoneOffset.UTC);
        github = new GithubSimulator(clock);
        github.start();
        wandb = new WandbSimulator(clock);
        wandb.start();
    }

    @AfterEach
    void stop() {
        github.close();
        wandb.close();
    }

    @Test
    void everyScoreIsItsFormulaOfWhatGithubAndWandbPrint() throws Exception {
        Map<String, Double> github = values(run("github", githubSettings()));
        Map<String, Double> wandb = values(run("wandb", wandbSettings()));
        List<String> both = new ArrayList<>(githubSettings());
        both.addAll(wandbSettings());
        Map<String, Double> scores = values(run("health-fom", both));

        Map<String, Double> expected = new TreeMap<>();
        for (String repo : REPOS) {
            CI.forEach((key, input) -> expect(expected, "health.ci." + key + ".fom", "repo:" + repo, key,
                    github.get(input + "|repo:" + repo)));
        }
        String project = "project:" + WandbDataSet.ENTITY + "/" + WandbDataSet.MAIN_PROJECT;
        expect(expected, "health.training.run_success.fom", project, "run_success",
                sum(wandb, "wandb.runs.completed_7d|"));
        expect(expected, "health.training.run_failures.fom", project, "run_failures",
                sum(wandb, "wandb.runs.failed_7d|"));
        TRAINING.forEach((key, input) -> expect(expected, "health.training." + key + ".fom", project, key,
                wandb.get(input + "|" + project)));

        assertEquals(expected.keySet(), scores.keySet());
        expected.forEach((key, value) -> assertEquals(value, scores.get(key), 1e-9, key));
        assertEquals(29, scores.size(), "11 CI scores for each of 2 repositories (acme/docs has no benchmark "
                + "workflow: one input_missing) and 7 training scores");
    }

    @Test
    void withoutWandbTheCiScoresAndSevenMissingInputs() throws Exception {
        Map<String, Double> scores = values(run("health-fom", githubSettings()));

        assertEquals(21, scores.keySet().stream().filter(k -> k.startsWith("health.ci.")).count(), scores.toString());
        assertEquals(1.0, scores.get("health.fom.input_missing|fom:health.ci.benchmarks_passing.fom,repo:acme/docs"),
                "acme/docs has no benchmark workflow");
        assertEquals(7, scores.keySet().stream().filter(k -> k.startsWith("health.fom.input_missing|")
                && k.contains("fom:health.training.")).count(), scores.toString());
        assertFalse(scores.keySet().stream().anyMatch(k -> k.startsWith("health.training.")));
    }

    private static void expect(Map<String, Double> expected, String metric, String tag, String key, Double input) {
        if (input == null || !Double.isFinite(input) || (key.equals("latest_loss") && input <= 0)) {
            expected.put("health.fom.input_missing|fom:" + metric + "," + tag, 1.0);
        } else {
            expected.put(metric + "|" + tag, FORMULA.get(key).applyAsDouble(input));
        }
    }

    private static Double sum(Map<String, Double> values, String prefix) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private List<String> githubSettings() {
        return List.of("yardstick.collectors.github.api-url=" + github.baseUrl(),
                "yardstick.collectors.github.repos=[\"acme/widgets\",\"acme/docs\"]",
                "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN);
    }

    private List<String> wandbSettings() {
        return List.of("yardstick.collectors.wandb.api-url=" + wandb.baseUrl(),
                "yardstick.collectors.wandb.api-key=" + WandbSimulator.DEFAULT_API_KEY,
                "yardstick.collectors.wandb.entity=" + WandbDataSet.ENTITY,
                "yardstick.collectors.wandb.project=" + WandbDataSet.MAIN_PROJECT);
    }

    private static JsonNode run(String collector, List<String> settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("collect", collector, "--json", "--at", AT,
                "--set", "yardstick.collectors.health-fom.enabled=true"));
        settings.forEach(setting -> {
            args.add("--set");
            args.add(setting);
        });
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.out() + result.err());
        return new ObjectMapper().readTree(result.out());
    }

    /** Points keyed {@code metric|tag,tag} without the pipeline's base tags, run types kept apart. */
    private static Map<String, Double> values(JsonNode points) {
        Map<String, Double> out = new TreeMap<>();
        for (JsonNode point : points) {
            List<String> tags = new ArrayList<>();
            point.get("tags").forEach(tag -> {
                String text = tag.asText();
                if (text.startsWith("repo:") || text.startsWith("project:") || text.startsWith("fom:")
                        || text.startsWith("run_type:")) {
                    tags.add(text);
                }
            });
            tags.sort(null);
            out.put(point.get("metric").asText() + "|" + String.join(",", tags), point.get("value").asDouble());
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
