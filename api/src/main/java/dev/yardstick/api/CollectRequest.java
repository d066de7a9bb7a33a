package dev.yardstick.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The parameters of one collection.
 *
 * @param at the evaluation instant: every window such as "the last 7 days" ends here, and points carry it
 *     as their timestamp
 * @param deadline the instant by which {@link Collector#collect} must return; the runtime interrupts the
 *     collector then and abandons it shortly after
 * @param inputs points produced by the collectors this one depends on
 */
public record CollectRequest(Instant at, Instant deadline, Inputs inputs) {

    /** Validates the components. */
    public CollectRequest {
        requireNonNull(at, "at is null");
        requireNonNull(deadline, "deadline is null");
        requireNonNull(inputs, "inputs is null");
    }
}
