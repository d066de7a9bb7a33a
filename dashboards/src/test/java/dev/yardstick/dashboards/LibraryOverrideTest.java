package dev.yardstick.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file in a user library directory overrides the bundled one, even where the bundled library imports it. */
class LibraryOverrideTest {
    @TempDir
    Path userLibrary;

    @Test
    void userSettingsAndEnvironmentReplaceTheBundledFiles() throws IOException {
        String settings = Files.readString(Projects.REPO.resolve("dashboards/lib/settings.libsonnet"))
                .replace("'@slack-eng-health'", "'@pagerduty-platform'");
        Files.writeString(userLibrary.resolve("settings.libsonnet"), settings);
        Files.writeString(userLibrary.resolve("environment.libsonnet"), "{ name: 'staging' }\n");
        CompileReport report = new ArtifactCompiler(ProjectFiles.locate(Projects.REPO, List.of(userLibrary))).compileAll();
        assertTrue(report.ok(), () -> report.errors().toString());
        var monitor = report.find(ArtifactKind.MONITOR, "collector-failing-staging").orElseThrow().body();
        assertTrue(monitor.get("message").asText().endsWith("@pagerduty-platform"), monitor.get("message")::asText);
        assertEquals("max(last_30m):min:yardstick.collector.success{env:staging} by {collector} < 1", monitor.get("query").asText());
        assertTrue(monitor.get("name").asText().startsWith("[staging] "));
    }
}
