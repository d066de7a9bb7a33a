package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import dev.yardstick.runtime.engine.RunListener;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What one run does.
 *
 * @param at the evaluation instant, or empty for "now"
 * @param collectorIds the collectors to run (their dependencies run too); empty means every enabled collector
 * @param deliver false for a dry run: the pipeline runs but no sink receives anything
 * @param listener hears the run as it happens (collectors starting, their requests, their outcomes)
 */
public record RunOptions(Optional<Instant> at, Set<String> collectorIds, boolean deliver, RunListener listener) {

    /** Copies. */
    public RunOptions {
        requireNonNull(at, "at is null");
        collectorIds = Set.copyOf(collectorIds);
        requireNonNull(listener, "listener is null");
    }

    /**
     * Options without a listener.
     *
     * @param at the evaluation instant, or empty for "now"
     * @param collectorIds the collectors to run; empty means every enabled collector
     * @param deliver false for a dry run
     */
    public RunOptions(Optional<Instant> at, Set<String> collectorIds, boolean deliver) {
        this(at, collectorIds, deliver, RunListener.NONE);
    }

    /**
     * Returns these options with a listener.
     *
     * @param value the listener
     * @return the options
     */
    public RunOptions withListener(RunListener value) {
        return new RunOptions(at, collectorIds, deliver, value);
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
