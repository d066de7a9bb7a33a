package dev.yardstick.runtime.engine;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import java.time.Duration;
import java.util.List;

/**
 * How one collector's run ended.
 *
 * @param id the collector id
 * @param type the collector type
 * @param status success, partial or total failure, or timeout
 * @param pointCount how many points it produced, emitted and returned (partial results included, and the points
 *     emitted before a failure or timeout); the points themselves go through the pipeline to the sinks as they
 *     arrive and are not kept here
 * @param failures what went wrong
 * @param duration how long it ran
 */
public record CollectorOutcome(String id, String type, Status status, long pointCount,
        List<CollectFailure> failures, Duration duration) {

    /** How a collector's run ended. */
    public enum Status {
        /** Every section succeeded. */
        SUCCESS,
        /** Some or all sections failed; the points of the others are delivered. */
        FAILED,
        /**
         * The collector did not finish before its timeout: either it returned by its cooperative deadline with the
         * sections it finished (their points are kept, the rest fail with kind {@code TIMEOUT}), or it did not
         * return by the hard timeout and was interrupted and abandoned.
         */
        TIMEOUT,
        /**
         * Not started: the same collector instance was still running an earlier, abandoned call, and a collector
         * is never called from two threads at once.
         */
        STILL_RUNNING
    }

    /** Validates and copies. */
    public CollectorOutcome {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(status, "status is null");
        if (pointCount < 0) {
            throw new IllegalArgumentException("pointCount is negative: " + pointCount);
        }
        failures = List.copyOf(failures);
        requireNonNull(duration, "duration is null");
    }

    /**
     * Tells whether the collector fully succeeded.
     *
     * @return true for {@link Status#SUCCESS}
     */
    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
