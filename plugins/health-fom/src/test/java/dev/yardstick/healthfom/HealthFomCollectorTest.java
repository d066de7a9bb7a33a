package dev.yardstick.healthfom;

import static dev.yardstick.api.Inputs.DependencyStatus.ABSENT;
import static dev.yardstick.api.Inputs.DependencyStatus.FAILED;
import static dev.yardstick.api.Inputs.DependencyStatus.PARTIAL;
import static dev.yardstick.api.Inputs.DependencyStatus.SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.testkit.FakeCollectorContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scores from the same run's inputs; every expectation is the formula worked out by hand from run-inputs.json. */
class HealthFomCollectorTest {
    private static final String W = "repo:acme/widgets";
    private static final String A = "repo:acme/api";
    private static final String P = "project:acme/research";

    @Test
    void everyScorePerRepositoryAndProjectFromTheSameRun() throws InterruptedException {
        Map<String, Double> expected = new TreeMap<>();
        expected.putAll(ci(W, 1, 1 - 2 / 5.0, 0.7, 0.5, 1 - 2.5 / 7, 1 - 12 / 50.0, 1 - 6 / 48.0, 0.0,
                1 - 4 / 14.0, 0, 1 - 9 / 20.0));
        expected.putAll(ci(A, 0, 0, 1, 1, null, 0, 0, null, 1, 0.95, 1));
        expected.putAll(training(P, 6 / 7.0, 1 - 2 / 3.0, 0.915, 0.62, 1 - 0.38 / 1.9, 66 / 80.0, 1 - 1.5 / 8));
        expected.put(missing(A, "health.ci.duration_p90.fom"), 1.0);
        expected.put(missing(A, "health.ci.benchmarks_passing.fom"), 1.0);

        CollectResult result = collect("", inputs(SUCCEEDED, SUCCEEDED));

        assertEquals(List.of(), result.failures());
        assertValues(expected, result.points());
    }

    @Test
    void withoutWandbTheCiScoresAndSevenMissingTrainingInputs() throws InterruptedException {
        CollectResult result = collect("", Inputs.of(RunInputsFixture.github(), Map.of("github", SUCCEEDED)));

        Map<String, Double> values = values(result.points());
        assertEquals(List.of(), result.failures(), "an absent dependency is not this collector's failure");
        assertEquals(20, values.keySet().stream().filter(k -> k.startsWith("health.ci.")).count(),
                "11 CI scores for each of 2 repositories, less the 2 with missing inputs");
        List<String> training = values.keySet().stream().filter(k -> k.startsWith("health.fom.input_missing"))
                .filter(k -> k.contains("fom:health.training.")).collect(Collectors.toList());
        assertEquals(7, training.size(), "one input_missing per training score: " + training);
        assertTrue(training.stream().noneMatch(k -> k.contains("project:")), training.toString());
        assertTrue(values.keySet().stream().noneMatch(k -> k.startsWith("health.training.")));
    }

    @Test
    void aFailedDependencyReportsItsScoresMissing() throws InterruptedException {
        CollectResult result = collect("", Inputs.of(RunInputsFixture.wandb(), Map.of("github", FAILED,
                "wandb", SUCCEEDED)));

        Map<String, Double> values = values(result.points());
        assertEquals(11, values.keySet().stream().filter(k -> k.contains("fom:health.ci.")).count());
        assertEquals(7, values.keySet().stream().filter(k -> k.startsWith("health.training.")).count());
    }

    @Test
    void countsSumOnlyTheConfiguredRunTypes() throws InterruptedException {
        CollectResult result = collect("training-run-types = [ptm, stable]", inputs(SUCCEEDED, PARTIAL));

        Map<String, Double> values = values(result.points());
        assertEquals(3 / 7.0, values.get("health.training.run_success.fom|" + P), 1e-9);
        assertEquals(1 - 2 / 3.0, values.get("health.training.run_failures.fom|" + P), 1e-9);
    }

    @Test
    void aLossOfZeroIsNotAValue() throws InterruptedException {
        List<MetricPoint> wandb = new ArrayList<>(RunInputsFixture.wandb());
        wandb.replaceAll(p -> p.name().equals("wandb.metrics.latest_loss")
                ? dev.yardstick.api.metric.Gauge.of(p.name(), 0.0, p.timestamp(), p.tags()) : p);
        CollectResult result = collect("", Inputs.of(wandb, Map.of("wandb", SUCCEEDED)));

        Map<String, Double> values = values(result.points());
        assertEquals(1.0, values.get(missing(P, "health.training.latest_loss.fom")));
        assertTrue(!values.containsKey("health.training.latest_loss.fom|" + P));
    }

    @Test
    void aDisabledScoreIsNeitherEmittedNorMissing() throws InterruptedException {
        CollectResult result = collect("scores.benchmarks_passing.enabled = false", inputs(SUCCEEDED, SUCCEEDED));

        assertTrue(result.points().stream().noneMatch(p -> p.name().equals("health.ci.benchmarks_passing.fom")
                || p.tags().get("fom").filter(f -> f.contains("benchmarks")).isPresent()));
    }

    @Test
    void everyScoreStaysInTheUnitInterval() throws InterruptedException {
        for (MetricPoint point : collect("", inputs(SUCCEEDED, SUCCEEDED)).points()) {
            double value = point.match(g -> g.value(), c -> c.value(), r -> r.value(), d -> Double.NaN);
            assertTrue(value >= 0 && value <= 1, point.toString());
        }
    }

    static Map<String, Double> ci(String tag, double tests, double failing, double hotfix, double revert,
            Double p90, double stale, double cycle, Double benchmarks, double force, double timeouts, double flaky) {
        Map<String, Double> out = new TreeMap<>();
        put(out, "tests_passing", tag, tests);
        put(out, "failing_workflows", tag, failing);
        put(out, "hotfix_count", tag, hotfix);
        put(out, "revert_count", tag, revert);
        put(out, "duration_p90", tag, p90);
        put(out, "stale_prs", tag, stale);
        put(out, "pr_cycle_time", tag, cycle);
        put(out, "benchmarks_passing", tag, benchmarks);
        put(out, "force_merge_count", tag, force);
        put(out, "timeout_cancellations", tag, timeouts);
        put(out, "flaky_checks", tag, flaky);
        return out;
    }

    static Map<String, Double> training(String tag, double success, double failures, double best, double avg,
            double loss, double gpu, double duration) {
        Map<String, Double> out = new TreeMap<>();
        out.put("health.training.run_success.fom|" + tag, success);
        out.put("health.training.run_failures.fom|" + tag, failures);
        out.put("health.training.best_accuracy.fom|" + tag, best);
        out.put("health.training.avg_accuracy.fom|" + tag, avg);
        out.put("health.training.latest_loss.fom|" + tag, loss);
        out.put("health.training.gpu_utilization.fom|" + tag, gpu);
        out.put("health.training.duration.fom|" + tag, duration);
        return out;
    }

    private static void put(Map<String, Double> out, String key, String tag, Double value) {
        if (value != null) {
            out.put("health.ci." + key + ".fom|" + tag, value);
        }
    }

    static String missing(String tag, String score) {
        return "health.fom.input_missing|fom:" + score + "," + tag;
    }

    /** Points keyed {@code name|tag,tag} (tags sorted), so a comparison shows every difference at once. */
    static Map<String, Double> values(List<MetricPoint> points) {
        Map<String, Double> out = new TreeMap<>();
        for (MetricPoint point : points) {
            String key = point.name() + "|" + String.join(",", point.tags().rendered());
            Double previous = out.put(key, point.match(g -> g.value(), c -> c.value(), r -> r.value(), d -> null));
            assertEquals(null, previous, "emitted twice: " + key);
        }
        return out;
    }

    static void assertValues(Map<String, Double> expected, List<MetricPoint> points) {
        Map<String, Double> actual = values(points);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, value) -> assertEquals(value, actual.get(key), 1e-9, key));
    }

    private static Inputs inputs(Inputs.DependencyStatus github, Inputs.DependencyStatus wandb) {
        List<MetricPoint> points = new ArrayList<>(RunInputsFixture.github());
        points.addAll(RunInputsFixture.wandb());
        return Inputs.of(points, Map.of("github", github, "wandb", wandb));
    }

    private static CollectResult collect(String overrides, Inputs inputs) throws InterruptedException {
        HealthFomSettings settings = HealthFomSettings.from(FormulaTest.config(overrides));
        try (Collector collector = new HealthFomCollector(settings, FakeCollectorContext.builder().build())) {
            return collector.collect(new CollectRequest(RunInputsFixture.AT,
                    RunInputsFixture.AT.plus(Duration.ofMinutes(2)), inputs));
        }
    }
}
