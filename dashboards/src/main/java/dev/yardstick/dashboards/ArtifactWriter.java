package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.ArtifactKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes compiled artifacts as canonical JSON: {@code <out>/dashboards/*.json}, {@code <out>/monitors/*.json}. */
public final class ArtifactWriter {
    private ArtifactWriter() {
    }

    /**
     * Writes every artifact.
     *
     * @param artifacts what to write
     * @param outDir the output directory
     * @return the files written
     */
    public static List<Path> write(List<CompiledArtifact> artifacts, Path outDir) {
        List<Path> written = new ArrayList<>();
        try {
            for (CompiledArtifact a : artifacts) {
                Path dir = outDir.resolve(a.kind() == ArtifactKind.DASHBOARD ? "dashboards" : "monitors");
                Files.createDirectories(dir);
                Path file = dir.resolve(a.outputName());
                Files.writeString(file, Json.pretty(a.body()));
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir, e);
        }
        return written;
    }
}
