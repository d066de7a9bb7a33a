package dev.yardstick.dashboards;

import java.nio.file.Path;
import java.util.List;

/** Test access to this repository's dashboards project (tests run in the module directory). */
final class Projects {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private Projects() {
    }

    static ProjectFiles repository() {
        return ProjectFiles.locate(REPO, List.of());
    }

    private static CompileReport compiled;

    /** Compiles the repository once per test JVM (the sources do not change during a run). */
    static synchronized CompileReport compileRepository() {
        if (compiled == null) {
            compiled = new ArtifactCompiler(repository()).compileAll();
        }
        return compiled;
    }
}
