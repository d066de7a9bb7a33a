package dev.yardstick.dashboards.lint;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.CompiledArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Maps a finding back to a line of Jsonnet: the first line of the artifact's own source that contains
 * the hint (a widget title, a metric name, a query name), else the first such line in the library's
 * component files, else the source file without a line.
 */
public final class SourceLocator {
    private final Path root;
    private final List<Path> libraryFiles;
    private final Map<Path, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * Creates a locator.
     *
     * @param root the directory paths are shown relative to
     * @param libraryPath the library directories searched after the source itself
     */
    public SourceLocator(Path root, List<Path> libraryPath) {
        this.root = requireNonNull(root, "root");
        List<Path> files = new ArrayList<>();
        for (Path dir : libraryPath) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".libsonnet")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + dir, e);
                }
            }
        }
        this.libraryFiles = List.copyOf(files);
    }

    /** A file, 1-based line and column (0 = unknown). */
    public record Location(String file, int line, int column) {
    }

    Location locate(CompiledArtifact artifact, String hint) {
        if (hint == null || hint.isEmpty()) {
            return new Location(artifact.displaySource(), 0, 0);
        }
        int[] at = find(artifact.source(), hint);
        if (at[0] > 0) {
            return new Location(artifact.displaySource(), at[0], at[1]);
        }
        for (Path lib : libraryFiles) {
            at = find(lib, hint);
            if (at[0] > 0) {
                return new Location(display(lib), at[0], at[1]);
            }
        }
        return new Location(artifact.displaySource(), 0, 0);
    }

    /**
     * Locates the first of several hints that occurs, preferring the file that defines the widget (the one
     * containing {@code near}, e.g. its title) so a token such as an aggregator is found where that widget is
     * written; falls back to {@code near} itself.
     */
    Location locate(CompiledArtifact artifact, List<String> hints, String near) {
        Path nearFile = near == null || near.isEmpty() ? null : fileContaining(artifact, near);
        for (String hint : hints) {
            if (hint == null || hint.isBlank()) {
                continue;
            }
            if (nearFile != null) {
                int[] at = find(nearFile, hint);
                if (at[0] > 0) {
                    return new Location(nearFile.equals(artifact.source()) ? artifact.displaySource() : display(nearFile), at[0], at[1]);
                }
            }
            Location found = locate(artifact, hint);
            if (found.line() > 0) {
                return found;
            }
        }
        return locate(artifact, near);
    }

    private Path fileContaining(CompiledArtifact artifact, String hint) {
        if (find(artifact.source(), hint)[0] > 0) {
            return artifact.source();
        }
        return libraryFiles.stream().filter(f -> find(f, hint)[0] > 0).findFirst().orElse(null);
    }

    /** {line, column}, 1-based, of the first occurrence; {0, 0} when absent. */
    private int[] find(Path file, String hint) {
        List<String> lines = cache.computeIfAbsent(file, SourceLocator::read);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(hint);
            if (column >= 0) {
                return new int[] {i + 1, column + 1};
            }
        }
        return new int[] {0, 0};
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
