package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.CompileReport;
import java.nio.file.Path;
import java.util.List;

/** Test access to this repository's dashboards project (tests run in the module directory). */
public final class Projects {
    public static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private Projects() {
    }

    public static ProjectFiles repository() {
        return ProjectFiles.locate(REPO, List.of());
    }

    private static CompileReport compiled;

    /** Compiles the repository once per test JVM (the sources do not change during a run). */
    public static synchronized CompileReport compileRepository() {
        if (compiled == null) {
            compiled = new ArtifactCompiler(repository()).compileAll();
        }
        return compiled;
    }
}
