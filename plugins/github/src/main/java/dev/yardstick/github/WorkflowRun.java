package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A GitHub Actions workflow run, from {@code GET /repos/{o}/{r}/actions/runs}.
 *
 * @param id the run id
 * @param name the workflow name
 * @param headBranch the branch the run ran on, or null
 * @param status queued, in_progress, completed, ...
 * @param conclusion success, failure, cancelled, timed_out, ..., or null while not completed
 * @param createdAt when the run was created
 * @param updatedAt when the run last changed (its end, once completed)
 * @param runStartedAt when the current attempt started, or null
 * @param runAttempt the attempt number, 1 for the first
 */
record WorkflowRun(long id, String name, String headBranch, String status, String conclusion, Instant createdAt,
        Instant updatedAt, Instant runStartedAt, int runAttempt) {

    WorkflowRun {
        requireNonNull(name, "name is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    boolean completed() {
        return "completed".equals(status);
    }

    /** When the run's duration starts: {@code run_started_at}, else {@code created_at}. */
    Instant startedAt() {
        return runStartedAt != null ? runStartedAt : createdAt;
    }
}
