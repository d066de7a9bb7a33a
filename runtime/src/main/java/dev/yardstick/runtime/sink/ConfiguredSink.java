package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * An active sink and the environments whose data it accepts.
 *
 * @param sink the sink
 * @param environments environment names; empty = every environment
 */
public record ConfiguredSink(Sink sink, Set<String> environments) {

    /** Validates the components and copies the set. */
    public ConfiguredSink {
        requireNonNull(sink, "sink is null");
        environments = Set.copyOf(environments);
    }

    /**
     * Tells whether this sink accepts data of an environment.
     *
     * @param environment the run's environment
     * @return true when {@link #environments} is empty or contains it
     */
    public boolean accepts(String environment) {
        return environments.isEmpty() || environments.contains(environment);
    }
}
