package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

/**
 * A score as configured: its definition and the formula with this deployment's thresholds.
 *
 * @param definition what the score is
 * @param formula its formula
 */
record ConfiguredScore(ScoreDefinition definition, Formula formula) {

    ConfiguredScore {
        requireNonNull(definition, "definition is null");
        requireNonNull(formula, "formula is null");
    }
}
