package dev.yardstick.healthfom;

import static dev.yardstick.healthfom.Formula.Shape.ACCURACY;
import static dev.yardstick.healthfom.Formula.Shape.DECREASING;
import static dev.yardstick.healthfom.Formula.Shape.DURATION;
import static dev.yardstick.healthfom.Formula.Shape.INCREASING;
import static dev.yardstick.healthfom.Formula.Shape.RAMP;
import static dev.yardstick.healthfom.Formula.Shape.STEP;
import static dev.yardstick.healthfom.ScoreGroup.CI;
import static dev.yardstick.healthfom.ScoreGroup.TRAINING;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.ArrayList;
import java.util.List;

/** The 18 scores and the catalogue of the 19 metrics the health-fom collector emits. */
public final class HealthFomMetrics {
    /** Emitted (value 1) instead of a score whose input is missing, tagged {@code fom:<score name>}. */
    public static final String INPUT_MISSING = "health.fom.input_missing";
    /** The tag naming the score an {@link #INPUT_MISSING} point stands for. */
    public static final String FOM_TAG = "fom";

    static final List<ScoreDefinition> SCORES = List.of(
            ci("tests_passing", "github.ci.tests_passing_on_main", STEP),
            ci("failing_workflows", "github.ci.failed_workflows_7d", DECREASING),
            ci("hotfix_count", "github.commits.hotfix", DECREASING),
            ci("revert_count", "github.commits.reverts", DECREASING),
            ci("duration_p90", "github.ci.duration_p90_minutes", RAMP),
            ci("stale_prs", "github.prs.stale_count_14d", DECREASING),
            ci("pr_cycle_time", "github.prs.cycle_time_hours", RAMP),
            ci("benchmarks_passing", "github.ci.benchmarks_passing", STEP),
            ci("force_merge_count", "github.commits.force_merge_7d", DECREASING),
            ci("timeout_cancellations", "github.ci.timeout_cancellations_7d", DECREASING),
            ci("flaky_checks", "github.ci.flaky_checks_7d", DECREASING),
            new ScoreDefinition("run_success", TRAINING, "wandb.runs.completed_7d", INCREASING, true, false),
            new ScoreDefinition("run_failures", TRAINING, "wandb.runs.failed_7d", DECREASING, true, false),
            training("best_accuracy", "wandb.metrics.best_accuracy", ACCURACY),
            training("avg_accuracy", "wandb.metrics.avg_accuracy_7d", ACCURACY),
            new ScoreDefinition("latest_loss", TRAINING, "wandb.metrics.latest_loss", RAMP, false, true),
            training("gpu_utilization", "wandb.training.gpu_utilization_avg", INCREASING),
            training("duration", "wandb.training.avg_duration_hours", DURATION));

    private HealthFomMetrics() {
    }

    /**
     * Returns the catalogue: the 18 scores (gauges in [0, 1] tagged {@code repo} or {@code project}) and
     * {@link #INPUT_MISSING}.
     *
     * @return the descriptors
     */
    public static List<MetricDescriptor> catalogue() {
        List<MetricDescriptor> out = new ArrayList<>();
        for (ScoreDefinition score : SCORES) {
            out.add(MetricDescriptor.gauge(score.metricName(), Unit.FRACTION,
                    "Figure of merit in [0, 1] from " + score.input() + " (1 healthy, below 0.3 critical).",
                    score.group().tagKey()));
        }
        out.add(MetricDescriptor.gauge(INPUT_MISSING, Unit.NONE,
                "1 for each score whose input was missing or not finite in this run, tagged with the score's name.",
                FOM_TAG, CI.tagKey(), TRAINING.tagKey()));
        return List.copyOf(out);
    }

    private static ScoreDefinition ci(String key, String input, Formula.Shape shape) {
        return new ScoreDefinition(key, CI, input, shape, false, false);
    }

    private static ScoreDefinition training(String key, String input, Formula.Shape shape) {
        return new ScoreDefinition(key, TRAINING, input, shape, false, false);
    }
}
