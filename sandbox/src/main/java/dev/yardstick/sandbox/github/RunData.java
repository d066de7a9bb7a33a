package dev.yardstick.sandbox.github;

import java.time.Instant;
import java.util.Objects;

/**
 * A simulated GitHub Actions workflow run.
 *
 * @param id the run id
 * @param name the workflow name
 * @param headBranch the branch it ran on
 * @param status queued, in_progress or completed
 * @param conclusion success, failure, cancelled, timed_out, skipped, or null while not completed
 * @param createdAt when it was created
 * @param updatedAt when it last changed (its end once completed)
 * @param runStartedAt when its current attempt started, or null (the field is then absent)
 * @param runAttempt the attempt, 1 for the first, more for re-runs
 */
public record RunData(long id, String name, String headBranch, String status, String conclusion,
        Instant createdAt, Instant updatedAt, Instant runStartedAt, int runAttempt) {

    public RunData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headBranch, "headBranch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
