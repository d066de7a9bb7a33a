package dev.yardstick.sandbox.asana;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A simulated Asana task.
 *
 * @param gid the task's global id (digits)
 * @param name the task name
 * @param createdAt when it was created
 * @param completedAt when it was completed, or null while it is incomplete
 * @param memberships the projects it belongs to, in Asana's order (the first is not necessarily the bugs project)
 */
public record TaskData(String gid, String name, Instant createdAt, Instant completedAt,
        List<MembershipData> memberships) {

    public TaskData {
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        memberships = List.copyOf(memberships);
    }

    /** Returns whether the task is completed. */
    public boolean completed() {
        return completedAt != null;
    }

    /** Returns whether the task belongs to the project. */
    public boolean inProject(String projectGid) {
        return memberships.stream().anyMatch(membership -> membership.projectGid().equals(projectGid));
    }
}
