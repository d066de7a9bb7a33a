package dev.yardstick.sandbox.asana;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The data an {@link AsanaSimulator} serves: workspaces' projects and the tasks of their projects, as of a reference
 * instant. Tests compute expected metric values from these objects directly.
 *
 * @param reference the instant the data describes ("now" for the simulated Asana)
 * @param workspaceGid the workspace Yardstick is pointed at
 * @param bugsProjectGid the project holding the bugs
 * @param projects every project, of this and other workspaces, archived or not
 * @param tasks every task, each in one or more projects
 */
public record AsanaDataSet(Instant reference, String workspaceGid, String bugsProjectGid, List<ProjectData> projects,
        List<TaskData> tasks) {

    /** The reference instant of the default data set: {@code --at 2026-11-20T12:00:00Z} is "now" for it. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");
    /** The workspace of the default data set. */
    public static final String WORKSPACE_GID = "1209016784099267";
    /** The bugs project of the default data set. */
    public static final String BUGS_PROJECT_GID = "1210062854657778";

    public AsanaDataSet {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workspaceGid, "workspaceGid");
        Objects.requireNonNull(bugsProjectGid, "bugsProjectGid");
        projects = List.copyOf(projects);
        tasks = List.copyOf(tasks);
    }

    /** Returns the default, seeded data set, as of {@link #DEFAULT_REFERENCE}. */
    public static AsanaDataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /**
     * Returns the default data set shifted to another reference instant (truncated to seconds): the same projects
     * and tasks at the same distances from the reference. {@code yardstick demo} uses "now".
     */
    public static AsanaDataSet standard(Instant reference) {
        return AsanaDataGenerator.generate(20261120L, reference.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Returns whether a project with this gid exists. */
    public boolean hasProject(String gid) {
        return projects.stream().anyMatch(project -> project.gid().equals(gid));
    }

    /** Returns the tasks of a project, in the project's order. */
    public List<TaskData> tasksOf(String projectGid) {
        return tasks.stream().filter(task -> task.inProject(projectGid)).toList();
    }
}
