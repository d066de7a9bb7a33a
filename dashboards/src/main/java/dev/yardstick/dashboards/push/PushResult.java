package dev.yardstick.dashboards.push;

import java.util.List;

/**
 * The outcome of a push.
 *
 * @param lines one line per artifact, as printed
 * @param failures the lines describing failures (empty when everything converged)
 * @param created how many objects were created
 * @param updated how many were updated
 */
public record PushResult(List<String> lines, List<String> failures, int created, int updated) {

    /** Copies the lists. */
    public PushResult {
        lines = List.copyOf(lines);
        failures = List.copyOf(failures);
    }

    /** Whether every artifact is now live and equal to its code. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
