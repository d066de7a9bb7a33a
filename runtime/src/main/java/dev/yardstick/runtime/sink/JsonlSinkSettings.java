package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Set;

/**
 * Settings of a {@code jsonl} sink.
 *
 * @param name the sink's key under {@code yardstick.sinks}
 * @param enabled whether it is active
 * @param environments environments whose data it accepts; empty = all
 * @param path the directory of the dated files
 */
public record JsonlSinkSettings(String name, SinkEnablement enabled, Set<String> environments, Path path) {

    /** Validates the components and copies the set. */
    public JsonlSinkSettings {
        requireNonNull(name, "name is null");
        requireNonNull(enabled, "enabled is null");
        environments = Set.copyOf(environments);
        requireNonNull(path, "path is null");
    }
}
