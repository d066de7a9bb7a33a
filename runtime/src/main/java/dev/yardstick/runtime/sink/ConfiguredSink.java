package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A sink with the environments whose data it accepts.
 *
 * @param sink the sink
 * @param environments the environments it accepts; empty means every environment
 */
public record ConfiguredSink(Sink sink, Set<String> environments) {

    /** Validates and copies. */
    public ConfiguredSink {
        requireNonNull(sink, "sink is null");
        environments = Set.copyOf(environments);
    }

    /**
     * Tells whether this sink takes data of an environment.
     *
     * @param environment the run's environment
     * @return true when it accepts it
     */
    public boolean accepts(String environment) {
        return environments.isEmpty() || environments.contains(environment);
    }
}
