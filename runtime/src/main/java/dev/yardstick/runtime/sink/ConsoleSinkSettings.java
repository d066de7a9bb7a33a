package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Settings of a {@code console} sink.
 *
 * @param name the sink's key under {@code yardstick.sinks}
 * @param enabled whether it is active; {@code auto} = only when no datadog sink receives the run
 * @param environments environments whose data it accepts; empty = all
 */
public record ConsoleSinkSettings(String name, SinkEnablement enabled, Set<String> environments) {

    /** Validates the components and copies the set. */
    public ConsoleSinkSettings {
        requireNonNull(name, "name is null");
        requireNonNull(enabled, "enabled is null");
        environments = Set.copyOf(environments);
    }
}
