package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One computed metric value, before it becomes a tagged gauge.
 *
 * @param name the metric name, from {@link GithubMetrics}
 * @param value the value
 */
record Measurement(String name, double value) {

    Measurement {
        requireNonNull(name, "name is null");
    }

    /** Collects measurements, skipping the absent ones (a value that had nothing to be computed from). */
    static final class Builder {
        private final List<Measurement> values = new ArrayList<>();

        Builder put(String name, double value) {
            values.add(new Measurement(name, value));
            return this;
        }

        Builder put(String name, OptionalDouble value) {
            value.ifPresent(present -> values.add(new Measurement(name, present)));
            return this;
        }

        List<Measurement> build() {
            return List.copyOf(values);
        }
    }
}
