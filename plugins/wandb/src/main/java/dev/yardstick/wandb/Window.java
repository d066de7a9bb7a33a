package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A look-back window ending at the evaluation instant: a run is created within it when
 * {@code end − length < createdAt ≤ end}.
 *
 * @param end the evaluation instant, inside the window
 * @param length the window's length
 */
record Window(Instant end, Duration length) {

    Window {
        requireNonNull(end, "end is null");
        requireNonNull(length, "length is null");
    }

    boolean created(WandbRun run) {
        Instant created = run.createdAt();
        return created.isAfter(end.minus(length)) && !created.isAfter(end);
    }
}
