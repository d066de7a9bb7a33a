package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.ArtifactKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.dashboards.compile.CompileError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compile errors point at file:line:col; projects without sources fall back to the bundled ones. */
class CompileErrorsTest {
    @TempDir
    Path project;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax|{ title: 'x', widgets: [ }|dashboards/sources/bad.jsonnet:1:|Expected",
        "missing import|local z = import 'nope.libsonnet'; z|dashboards/sources/bad.jsonnet:1:11|Couldn't import file",
        "unknown std function|std.trim(' x ')|dashboards/sources/bad.jsonnet:1:|Field does not exist: trim",
        "no metadata|{ title: 'x' }|dashboards/sources/bad.jsonnet|no yardstick metadata",
    })
    void errorsNameFileLineAndColumn(String name, String code, String location, String message) throws IOException {
        Path sources = Files.createDirectories(project.resolve("dashboards/sources"));
        Files.writeString(sources.resolve("bad.jsonnet"), code + "\n");
        CompileReport report = new ArtifactCompiler(ProjectFiles.locate(project, List.of(Projects.REPO.resolve("dashboards/lib"))))
                .compileAll();
        assertEquals(1, report.errors().size());
        CompileError error = report.errors().get(0);
        assertTrue(error.render().startsWith(location), error.render());
        assertTrue(error.message().contains(message), error.render());
    }

    @Test
    void projectWithoutSourcesUsesTheBundledLibraryDashboardsAndMonitors() {
        CompileReport report = new ArtifactCompiler(ProjectFiles.locate(project, List.of())).compileAll();
        assertTrue(report.ok(), () -> report.errors().toString());
        assertEquals(12, report.of(ArtifactKind.DASHBOARD).size());
        assertEquals(10, report.of(ArtifactKind.MONITOR).size());
        assertEquals(project.resolve("dashboards/lock.json").toAbsolutePath().normalize(),
                ProjectFiles.locate(project, List.of()).lockFile());
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        Path sources = Files.createDirectories(project.resolve("dashboards/sources"));
        String source = "(import 'yardstick.libsonnet').dashboard.new('same', 'T', [])\n";
        Files.writeString(sources.resolve("a.jsonnet"), source);
        Files.writeString(sources.resolve("b.jsonnet"), source);
        CompileReport report = new ArtifactCompiler(ProjectFiles.locate(project, List.of(Projects.REPO.resolve("dashboards/lib"))))
                .compileAll();
        assertEquals(List.of("dashboards/sources/a.jsonnet:1:46: dashboard key 'same' is also used by dashboards/sources/b.jsonnet",
                "dashboards/sources/b.jsonnet:1:46: dashboard key 'same' is already used by dashboards/sources/a.jsonnet"),
                report.errors().stream().map(CompileError::render).toList());
    }
}
