package dev.yardstick.dashboards.model;

import dev.yardstick.dashboards.compile.CompileError;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of compiling every dashboard and monitor source.
 *
 * @param artifacts the sources that compiled, dashboards first, each group sorted by file name
 * @param errors one error per source that did not compile
 */
public record CompileReport(List<CompiledArtifact> artifacts, List<CompileError> errors) {

    /** Copies the lists. */
    public CompileReport {
        artifacts = List.copyOf(artifacts);
        errors = List.copyOf(errors);
    }

    /** Whether every source compiled. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The artifacts of one kind. */
    public List<CompiledArtifact> of(ArtifactKind kind) {
        return artifacts.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The artifact with this kind and key, if compiled. */
    public Optional<CompiledArtifact> find(ArtifactKind kind, String key) {
        return artifacts.stream().filter(a -> a.kind() == kind && a.key().equals(key)).findFirst();
    }
}
