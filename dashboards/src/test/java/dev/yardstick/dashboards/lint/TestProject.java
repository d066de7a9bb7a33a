package dev.yardstick.dashboards.lint;

import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.ProjectFiles;
import dev.yardstick.dashboards.Projects;
import java.nio.file.Path;
import java.util.List;

/** The repository's dashboards project, compiled once per test JVM. */
final class TestProject {
    private TestProject() {
    }

    static ProjectFiles files() {
        return ProjectFiles.locate(Path.of(".."), List.of());
    }

    static CompileReport compiled() {
        return Projects.compileRepository();
    }
}
