package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A pull request as listed by {@code GET /repos/{o}/{r}/pulls}.
 *
 * @param number the PR number
 * @param open true when its state is open
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 * @param closedAt when it was closed, or null
 * @param mergedAt when it was merged, or null
 */
record PullRequest(int number, boolean open, Instant createdAt, Instant updatedAt, Instant closedAt,
        Instant mergedAt) {

    PullRequest {
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    Optional<Instant> merged() {
        return Optional.ofNullable(mergedAt);
    }

    Optional<Instant> closed() {
        return Optional.ofNullable(closedAt);
    }
}
