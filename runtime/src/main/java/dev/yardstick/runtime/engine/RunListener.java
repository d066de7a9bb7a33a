package dev.yardstick.runtime.engine;

import java.util.List;

/**
 * Hears a run as it happens, for progress displays and embedding services. Every method has a default that does
 * nothing. Calls come from the run's threads (requests from the collectors' own), so implementations must be
 * thread-safe and quick; an exception thrown by a listener is not caught.
 */
public interface RunListener {
    /** A listener that hears nothing. */
    RunListener NONE = new RunListener() {
    };

    /**
     * The run is about to start these collectors, in configuration order; each is waiting until it starts.
     *
     * @param collectorIds the collectors of the run
     */
    default void runStarted(List<String> collectorIds) {
    }

    /**
     * A collector started collecting.
     *
     * @param collectorId the collector
     */
    default void collectorStarted(String collectorId) {
    }

    /**
     * A collector's HTTP service got an answer to one request (or gave up on it), retries included.
     *
     * @param collectorId the collector
     */
    default void requestSent(String collectorId) {
    }

    /**
     * A collector finished, failed or timed out, and its points went through the pipeline.
     *
     * @param outcome how it ended
     */
    default void collectorFinished(CollectorOutcome outcome) {
    }
}
