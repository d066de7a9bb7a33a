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
 * @param keepPoints true to keep every collector's points, as they left the pipeline, in the report
 *     ({@link dev.yardstick.runtime.engine.RunReport#processed()}); a run otherwise streams them to the sinks and
 *     holds only the collector being processed
 */
public record RunOptions(Optional<Instant> at, Set<String> collectorIds, boolean deliver, RunListener listener,
        boolean keepPoints) {

    /** Copies. */
    public RunOptions {
        requireNonNull(at, "at is null");
        collectorIds = Set.copyOf(collectorIds);
        requireNonNull(listener, "listener is null");
    }

    /**
     * Options whose report keeps no points.
     *
     * @param at the evaluation instant, or empty for "now"
     * @param collectorIds the collectors to run; empty means every enabled collector
     * @param deliver false for a dry run
     * @param listener hears the run as it happens
     */
    public RunOptions(Optional<Instant> at, Set<String> collectorIds, boolean deliver, RunListener listener) {
        this(at, collectorIds, deliver, listener, false);
    }

    /**
     * Options without a listener, whose report keeps no points.
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
        return new RunOptions(at, collectorIds, deliver, value, keepPoints);
    }

    /**
     * Returns these options with the report keeping every collector's processed points (for a caller that prints
     * or checks them); the whole run is then held in memory.
     *
     * @return the options
     */
    public RunOptions keepingPoints() {
        return new RunOptions(at, collectorIds, deliver, listener, true);
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
