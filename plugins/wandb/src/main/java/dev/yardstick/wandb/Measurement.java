package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One computed value, before it becomes a gauge tagged with the project (and the run type, for counts).
 *
 * @param name the metric name
 * @param value the value
 * @param runType the {@code run_type} tag value, or empty for untagged metrics
 */
record Measurement(String name, double value, Optional<String> runType) {

    Measurement {
        requireNonNull(name, "name is null");
        requireNonNull(runType, "runType is null");
    }

    static Measurement untagged(String name, double value) {
        return new Measurement(name, value, Optional.empty());
    }

    static Measurement ofType(String name, String runType, double value) {
        return new Measurement(name, value, Optional.of(runType));
    }
}
