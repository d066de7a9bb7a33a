package dev.yardstick.healthfom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every score's formula with its default thresholds (read from reference.conf): the original's unit-test values
 * (reference §3.2), the band boundaries 0.3 and 0.7 exactly, and 1 and 0 at both ends.
 */
class FormulaTest {
    private static final Map<String, Formula> DEFAULTS = defaults();

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource({
        // CI, the original's checks
        "tests_passing, 1, 1", "tests_passing, 0, 0", "tests_passing, 3, 1",
        "failing_workflows, 0, 1", "failing_workflows, 1, 0.8", "failing_workflows, 2.5, 0.5",
        "failing_workflows, 5, 0", "failing_workflows, 10, 0",
        "hotfix_count, 0, 1", "hotfix_count, 3, 0.7", "hotfix_count, 5, 0.5", "hotfix_count, 10, 0",
        "revert_count, 0, 1", "revert_count, 1, 0.5", "revert_count, 2, 0",
        "duration_p90, 3, 1", "duration_p90, 5, 0.7142857142857143", "duration_p90, 6.5, 0.5",
        "duration_p90, 10, 0", "duration_p90, 1, 1", "duration_p90, 30, 0",
        "stale_prs, 0, 1", "stale_prs, 20, 0.6", "stale_prs, 25, 0.5", "stale_prs, 50, 0",
        "pr_cycle_time, 24, 1", "pr_cycle_time, 48, 0.5", "pr_cycle_time, 60, 0.25", "pr_cycle_time, 72, 0",
        "pr_cycle_time, 2, 1", "pr_cycle_time, 500, 0",
        // CI, the four added scores
        "benchmarks_passing, 1, 1", "benchmarks_passing, 0, 0",
        "force_merge_count, 0, 1", "force_merge_count, 7, 0.5", "force_merge_count, 14, 0", "force_merge_count, 20, 0",
        "timeout_cancellations, 10, 0.5", "timeout_cancellations, 20, 0",
        "flaky_checks, 0, 1", "flaky_checks, 14, 0.3", "flaky_checks, 6, 0.7",
        // band boundaries exactly
        "failing_workflows, 3.5, 0.3", "failing_workflows, 1.5, 0.7", "hotfix_count, 7, 0.3",
        "duration_p90, 5.1, 0.7", "duration_p90, 7.9, 0.3", "pr_cycle_time, 38.4, 0.7", "pr_cycle_time, 57.6, 0.3",
        "stale_prs, 15, 0.7", "stale_prs, 35, 0.3",
        // training
        "run_success, 0, 0", "run_success, 3.5, 0.5", "run_success, 7, 1", "run_success, 14, 1",
        "run_success, 2.1, 0.3", "run_success, 4.9, 0.7",
        "run_failures, 0, 1", "run_failures, 1.5, 0.5", "run_failures, 3, 0", "run_failures, 9, 0",
        "run_failures, 0.9, 0.7", "run_failures, 2.1, 0.3",
        "best_accuracy, 0.85, 0.85", "best_accuracy, 85, 0.85", "best_accuracy, 1, 1", "best_accuracy, 150, 1",
        "best_accuracy, -0.2, 0", "best_accuracy, 0.3, 0.3", "best_accuracy, 70, 0.7",
        "avg_accuracy, 0.7, 0.7", "avg_accuracy, 30, 0.3", "avg_accuracy, 1.5, 0.015",
        "latest_loss, 0.1, 1", "latest_loss, 0.05, 1", "latest_loss, 2.0, 0", "latest_loss, 1.05, 0.5",
        "latest_loss, 0.67, 0.7", "latest_loss, 1.43, 0.3", "latest_loss, 9, 0",
        "gpu_utilization, 80, 1", "gpu_utilization, 40, 0.5", "gpu_utilization, 24, 0.3",
        "gpu_utilization, 56, 0.7", "gpu_utilization, 100, 1", "gpu_utilization, 0, 0",
        "duration, 0.5, 0.3", "duration, 0.99, 0.3", "duration, 1, 1", "duration, 8, 1", "duration, 10.4, 0.7",
        "duration, 12, 0.5", "duration, 13.6, 0.3", "duration, 16, 0", "duration, 20, 0",
    })
    void scoresWithDefaultThresholds(String score, double x, double expected) {
        assertEquals(expected, DEFAULTS.get(score).score(x), 1e-9);
    }

    @ParameterizedTest(name = "{0} with {1}: f({2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        "failing_workflows | limit = 2 | 1 | 0.5",
        "duration_p90 | good = 5, bad = 15 | 10 | 0.5",
        "run_success | target = 14 | 7 | 0.5",
        "tests_passing | threshold = 0.5 | 0.5 | 0",
        "duration | short-below = 2, short-score = 0, good-up-to = 4, bad-at = 6 | 1.5 | 0",
        "duration | short-below = 2, short-score = 0, good-up-to = 4, bad-at = 6 | 5 | 0.5",
    })
    void thresholdsAreSettings(String score, String overrides, double x, double expected) {
        Map<String, Formula> formulas = formulas("scores." + score + " { " + overrides + " }");
        assertEquals(expected, formulas.get(score).score(x), 1e-9);
    }

    static Map<String, Formula> defaults() {
        return formulas("");
    }

    private static Map<String, Formula> formulas(String overrides) {
        HealthFomSettings settings = HealthFomSettings.from(config(overrides));
        Map<String, Formula> out = new java.util.HashMap<>();
        settings.scores().forEach(s -> out.put(s.definition().key(), s.formula()));
        return out;
    }

    static TestCollectorConfig config(String overrides) {
        return TestCollectorConfig.of(HealthFomCollectorFactory.TYPE, overrides,
                HealthFomCollectorFactory.class.getClassLoader(), new MapSecretResolver(Map.of()));
    }
}
