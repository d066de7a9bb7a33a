package dev.yardstick.dashboards.lint;

import dev.yardstick.dashboards.ArtifactCompiler;
import dev.yardstick.dashboards.CompileReport;
import dev.yardstick.dashboards.ProjectFiles;
import java.nio.file.Path;
import java.util.List;

/** The repository's dashboards project, compiled once per test JVM. */
final class TestProject {
    private static CompileReport compiled;

    private TestProject() {
    }

    static ProjectFiles files() {
        return ProjectFiles.locate(Path.of(".."), List.of());
    }

    static synchronized CompileReport compiled() {
        if (compiled == null) {
            compiled = new ArtifactCompiler(files()).compileAll();
        }
        return compiled;
    }
}
