package dev.yardstick.sandbox.asana;

import java.util.Objects;

/**
 * One project a task belongs to, and the section it sits in there.
 *
 * @param projectGid the project's gid
 * @param sectionGid the section's gid, or null when the task is in no section of that project
 * @param sectionName the section's name, or null when the task is in no section of that project
 */
public record MembershipData(String projectGid, String sectionGid, String sectionName) {

    public MembershipData {
        Objects.requireNonNull(projectGid, "projectGid");
        if ((sectionGid == null) != (sectionName == null)) {
            throw new IllegalArgumentException("a section has both a gid and a name, or neither");
        }
    }

    /** Returns a membership in no section of the project. */
    public static MembershipData withoutSection(String projectGid) {
        return new MembershipData(projectGid, null, null);
    }
}
