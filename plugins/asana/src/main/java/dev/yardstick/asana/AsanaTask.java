package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A task of the bugs project as listed by {@code GET /tasks}; each listing asks only for the fields it needs.
 *
 * @param gid the task's gid
 * @param createdAt when it was created
 * @param completed whether it is completed (false when the listing did not ask)
 * @param completedAt when it was completed; empty while incomplete or when the listing did not ask
 * @param section the name of its section in the bugs project; empty when it is in none (or not asked)
 */
record AsanaTask(String gid, Instant createdAt, boolean completed, Optional<Instant> completedAt,
        Optional<String> section) {

    AsanaTask {
        requireNonNull(gid, "gid is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(completedAt, "completedAt is null");
        requireNonNull(section, "section is null");
    }
}
