package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

/**
 * One figure of merit: its metric name, the settings key of its block, the input metric and the formula's shape.
 *
 * @param key the settings key under {@code scores}, e.g. {@code duration_p90}
 * @param group where its input comes from and which tag it keeps
 * @param input the input metric, e.g. {@code github.ci.duration_p90_minutes}
 * @param shape the formula's shape
 * @param runTypeCount whether the input is a count tagged {@code run_type}, summed over the training run types
 * @param positiveOnly whether only an input above 0 is a value (a loss of 0 means "not reported")
 */
record ScoreDefinition(String key, ScoreGroup group, String input, Formula.Shape shape, boolean runTypeCount,
        boolean positiveOnly) {

    ScoreDefinition {
        requireNonNull(key, "key is null");
        requireNonNull(group, "group is null");
        requireNonNull(input, "input is null");
        requireNonNull(shape, "shape is null");
    }

    /** The score's metric name, e.g. {@code health.ci.duration_p90.fom}. */
    String metricName() {
        return "health." + (group == ScoreGroup.CI ? "ci" : "training") + "." + key + ".fom";
    }
}
