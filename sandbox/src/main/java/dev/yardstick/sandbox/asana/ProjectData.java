package dev.yardstick.sandbox.asana;

import java.util.Objects;

/**
 * A simulated Asana project.
 *
 * @param gid the project's global id (digits)
 * @param workspaceGid the workspace it belongs to
 * @param name the project name
 * @param archived whether it is archived ({@code archived=false} listings leave it out)
 * @param statusType the {@code status_type} of its current status update ({@code on_track}, {@code at_risk},
 *     {@code off_track}, {@code on_hold}, {@code complete}, …), or null when it has no status update
 */
public record ProjectData(String gid, String workspaceGid, String name, boolean archived, String statusType) {

    public ProjectData {
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(workspaceGid, "workspaceGid");
        Objects.requireNonNull(name, "name");
    }
}
