package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A project as listed by {@code GET /projects}.
 *
 * @param gid the project's gid
 * @param statusType the {@code status_type} of its current status update; empty when it has none
 */
record AsanaProject(String gid, Optional<String> statusType) {

    AsanaProject {
        requireNonNull(gid, "gid is null");
        requireNonNull(statusType, "statusType is null");
    }
}
