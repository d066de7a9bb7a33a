package dev.yardstick.dashboards;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the Jsonnet library, dashboard sources, monitors and lock file live. A project normally has
 * {@code dashboards/{lib,sources,monitors}}; when it has none (the CLI run from the distribution), the
 * copies bundled in this jar are extracted to a temporary directory and used instead.
 *
 * @param root the directory shown as the base of relative paths in messages
 * @param libraryPath library directories, highest priority first (the user's own first)
 * @param sourcesDir dashboard sources
 * @param monitorsDir monitor sources
 * @param lockFile the committed key → id map
 * @param catalogueDir the shipped metric catalogues, one JSON file per collector type
 */
public record ProjectFiles(Path root, List<Path> libraryPath, Path sourcesDir, Path monitorsDir, Path lockFile,
                           Path catalogueDir) {
    private static final String BUNDLE = "yardstick/dashboards";

    /** Validates and copies the components. */
    public ProjectFiles {
        requireNonNull(root, "root");
        libraryPath = List.copyOf(libraryPath);
        requireNonNull(sourcesDir, "sourcesDir");
        requireNonNull(monitorsDir, "monitorsDir");
        requireNonNull(lockFile, "lockFile");
        requireNonNull(catalogueDir, "catalogueDir");
    }

    /**
     * Locates the files of a project, falling back to the bundled copies.
     *
     * @param projectDir the project root
     * @param userLibraries extra library directories, which take priority over the bundled library
     * @return the locations
     */
    public static ProjectFiles locate(Path projectDir, List<Path> userLibraries) {
        Path dir = projectDir.toAbsolutePath().normalize().resolve("dashboards");
        Path base = dir;
        if (!Files.isDirectory(dir.resolve("sources"))) {
            base = extractBundle();
        }
        List<Path> libs = new ArrayList<>();
        userLibraries.forEach(p -> libs.add(p.toAbsolutePath().normalize()));
        libs.add(base.resolve("lib"));
        return new ProjectFiles(projectDir.toAbsolutePath().normalize(), libs, base.resolve("sources"),
                base.resolve("monitors"), dir.resolve("lock.json"), catalogueDir(base));
    }

    /** The project's catalogue directory, or the bundled one when the project has none. */
    private static Path catalogueDir(Path base) {
        Path own = base.resolve("catalogue");
        return Files.isDirectory(own) ? own : extractBundle().resolve("catalogue");
    }

    /** Lists {@code *.jsonnet} files of a directory, sorted by name (empty when absent). */
    public static List<Path> jsonnetFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsonnet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path extractBundle() {
        URL url = ProjectFiles.class.getClassLoader().getResource(BUNDLE + "/lib/yardstick.libsonnet");
        if (url == null) {
            throw new IllegalStateException("the bundled Jsonnet library is missing from the class path");
        }
        try {
            Path target = Files.createTempDirectory("yardstick-dashboards");
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.getPath("/" + BUNDLE), target);
                }
            } else {
                copyTree(Path.of(uri).getParent().getParent(), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled dashboards", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies a directory tree.
     *
     * @param from the source directory
     * @param to the target directory (created as needed)
     * @throws IOException when reading or writing fails
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
