package dev.yardstick.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What one run does.
 *
 * @param at the evaluation instant, or empty for "now"
 * @param collectorIds the collectors to run (their dependencies run too); empty means every enabled collector
 * @param deliver false for a dry run: the pipeline runs but no sink receives anything
 */
public record RunOptions(Optional<Instant> at, Set<String> collectorIds, boolean deliver) {

    /** Copies. */
    public RunOptions {
        collectorIds = Set.copyOf(collectorIds);
    }

    /**
     * A full, delivering run at the current instant.
     *
     * @return the options
     */
    public static RunOptions all() {
        return new RunOptions(Optional.empty(), Set.of(), true);
    }
}
