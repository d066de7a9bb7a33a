package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.ArtifactKind;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.compile.CompileError;
import dev.yardstick.dashboards.compile.Evaluation;
import dev.yardstick.dashboards.compile.JsonnetCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles every dashboard and monitor source of a project in one JVM and reads each source's hidden
 * {@code yardstick::} metadata (key, kind, required collector types).
 */
public final class ArtifactCompiler {
    private final ProjectFiles files;
    private final JsonnetCompiler jsonnet;

    /**
     * Creates a compiler for a project.
     *
     * @param files where the sources and the library are
     */
    public ArtifactCompiler(ProjectFiles files) {
        this.files = requireNonNull(files, "files");
        this.jsonnet = new JsonnetCompiler(files.libraryPath(), files.root());
    }

    /** Compiles every dashboard and monitor. */
    public CompileReport compileAll() {
        List<CompiledArtifact> artifacts = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        compileDir(files.sourcesDir(), ArtifactKind.DASHBOARD, artifacts, errors);
        compileDir(files.monitorsDir(), ArtifactKind.MONITOR, artifacts, errors);
        checkUniqueKeys(artifacts, errors);
        return new CompileReport(artifacts, errors);
    }

    /**
     * Compiles one file.
     *
     * @param file the source
     * @param kind what it must describe
     * @return the report for this file alone
     */
    public CompileReport compile(Path file, ArtifactKind kind) {
        List<CompiledArtifact> artifacts = new ArrayList<>();
        List<CompileError> errors = new ArrayList<>();
        compileOne(file, kind, artifacts, errors);
        return new CompileReport(artifacts, errors);
    }

    private void compileDir(Path dir, ArtifactKind kind, List<CompiledArtifact> out, List<CompileError> errors) {
        for (Path file : ProjectFiles.jsonnetFiles(dir)) {
            compileOne(file, kind, out, errors);
        }
    }

    private void compileOne(Path file, ArtifactKind kind, List<CompiledArtifact> out, List<CompileError> errors) {
        String display = display(file);
        Evaluation body = jsonnet.compileFile(file);
        if (!body.ok()) {
            errors.add(body.error().orElseThrow());
            return;
        }
        String name = file.getFileName().toString().replace("'", "\\'");
        String snippet = "local s = import '" + name + "';\n"
                + "if std.isObject(s) && std.objectHasAll(s, 'yardstick') then s.yardstick else null\n";
        Evaluation meta = jsonnet.evaluate(snippet, file.resolveSibling(".yardstick-metadata.jsonnet"));
        if (!meta.ok()) {
            errors.add(meta.error().orElseThrow());
            return;
        }
        JsonNode m = Json.parse(meta.json().orElseThrow());
        String expected = kind.label();
        if (!m.isObject() || !m.path("key").isTextual()) {
            errors.add(new CompileError(display, 0, 0, "no yardstick metadata: build the " + expected
                    + " with y." + (kind == ArtifactKind.DASHBOARD ? "dashboard.new" : "monitors.metric")
                    + "(key=...) so it has a stable key", ""));
            return;
        }
        if (!expected.equals(m.path("kind").asText())) {
            errors.add(new CompileError(display, 0, 0, "is a " + m.path("kind").asText() + " but lives in the "
                    + expected + "s directory", ""));
            return;
        }
        List<String> requires = new ArrayList<>();
        m.path("requires").forEach(r -> requires.add(r.asText()));
        out.add(new CompiledArtifact(m.get("key").asText(), kind, requires, file, display,
                Json.parse(body.json().orElseThrow()), m.path("sandboxOnly").asBoolean(false)));
    }

    private static void checkUniqueKeys(List<CompiledArtifact> artifacts, List<CompileError> errors) {
        Map<String, CompiledArtifact> seen = new HashMap<>();
        for (CompiledArtifact a : artifacts) {
            CompiledArtifact previous = seen.putIfAbsent(a.kind() + ":" + a.key(), a);
            if (previous != null) {
                // Either file may be the edited one: report the key at both.
                int[] first = keyPosition(previous);
                errors.add(new CompileError(previous.displaySource(), first[0], first[1], a.kind().label() + " key '" + a.key()
                        + "' is also used by " + a.displaySource(), ""));
                int[] at = keyPosition(a);
                errors.add(new CompileError(a.displaySource(), at[0], at[1], a.kind().label() + " key '" + a.key()
                        + "' is already used by " + previous.displaySource(), ""));
            }
        }
    }

    /** Line and column of the key's literal in the source, for a duplicate-key error ({0, 0} when not found). */
    private static int[] keyPosition(CompiledArtifact a) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(a.source());
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf("'" + a.key() + "'");
                if (col >= 0) {
                    return new int[] {i + 1, col + 1};
                }
            }
        } catch (java.io.IOException e) {
            // the position is only a convenience
        }
        return new int[] {0, 0};
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(files.root()) ? files.root().relativize(abs).toString() : abs.toString();
    }
}
