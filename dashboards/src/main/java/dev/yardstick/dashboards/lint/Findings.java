package dev.yardstick.dashboards.lint;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.ArrayList;
import java.util.List;

/** Collects findings for one artifact, locating each in the Jsonnet source when a hint is given. */
final class Findings {
    private final CompiledArtifact artifact;
    private final SourceLocator locator;
    private final List<Diagnostic> out = new ArrayList<>();

    Findings(CompiledArtifact artifact, SourceLocator locator) {
        this.artifact = requireNonNull(artifact, "artifact");
        this.locator = requireNonNull(locator, "locator");
    }

    /** An error; {@code hint} is a string to find in the source (a title, a metric name) or null. */
    void error(String rule, String path, String hint, String message) {
        add(Severity.ERROR, rule, path, hint, message);
    }

    /** An error located by the first hint found: the offending text first, then the widget's title. */
    void error(String rule, String path, String hint, String fallbackHint, String message) {
        error(rule, path, java.util.Arrays.asList(hint), fallbackHint, message);
    }

    /** An error located by the first of {@code hints} found (near the widget's title first), else the title. */
    void error(String rule, String path, List<String> hints, String fallbackHint, String message) {
        SourceLocator.Location at = locator.locate(artifact, hints, fallbackHint);
        out.add(new Diagnostic(Severity.ERROR, rule, at.file(), at.line(), at.column(), path, message));
    }

    void warning(String rule, String path, String hint, String message) {
        add(Severity.WARNING, rule, path, hint, message);
    }

    void add(Severity severity, String rule, String path, String hint, String message) {
        SourceLocator.Location at = locator.locate(artifact, hint);
        out.add(new Diagnostic(severity, rule, at.file(), at.line(), at.column(), path, message));
    }

    CompiledArtifact artifact() {
        return artifact;
    }

    List<Diagnostic> list() {
        return List.copyOf(out);
    }
}
