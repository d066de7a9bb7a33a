package dev.yardstick.sandbox.github;

import java.time.Instant;
import java.util.Objects;

/**
 * A simulated pull request.
 *
 * @param number the PR number
 * @param title the title
 * @param author the login of its author
 * @param createdAt when it was opened
 * @param updatedAt when it last changed
 * @param closedAt when it was closed, or null while open
 * @param mergedAt when it was merged, or null
 * @param comments conversation comments
 * @param reviewComments review (diff) comments
 */
public record PullData(int number, String title, String author, Instant createdAt, Instant updatedAt,
        Instant closedAt, Instant mergedAt, int comments, int reviewComments) {

    public PullData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (mergedAt != null && closedAt == null) {
            throw new IllegalArgumentException("PR #" + number + " is merged but not closed");
        }
    }

    /** Returns true while the PR is open. */
    public boolean open() {
        return closedAt == null;
    }
}
