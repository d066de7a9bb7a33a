package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One computed metric value, before it becomes a tagged gauge.
 *
 * @param name the metric name, from {@link KubernetesMetrics}
 * @param value the value
 * @param namespace the namespace tag's value, when the value counts one namespace's pods or containers
 */
record Measurement(String name, double value, Optional<String> namespace) {

    Measurement {
        requireNonNull(name, "name is null");
        requireNonNull(namespace, "namespace is null");
    }

    static Measurement of(String name, double value) {
        return new Measurement(name, value, Optional.empty());
    }
}
