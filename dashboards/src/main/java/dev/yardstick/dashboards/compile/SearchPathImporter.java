package dev.yardstick.dashboards.compile;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scala.Option;
import sjsonnet.Importer;
import sjsonnet.OsPath;
import sjsonnet.ResolvedFile;
import sjsonnet.StaticResolvedFile;

/**
 * Resolves Jsonnet imports: first relative to the importing file, then along the search path in order
 * (the user's own library directories first, the bundled library last). A relative import that lands in a
 * library directory is first looked up in the directories of higher priority, so a user's (or the CLI's
 * generated) {@code settings.libsonnet} or {@code environment.libsonnet} overrides the bundled one even where
 * the bundled library imports it.
 */
final class SearchPathImporter extends Importer {
    private final List<Path> searchPath;

    SearchPathImporter(List<Path> searchPath) {
        this.searchPath = List.copyOf(requireNonNull(searchPath, "searchPath"));
    }

    @Override
    public Option<sjsonnet.Path> resolve(sjsonnet.Path docBase, String name) {
        Path relative = nio(docBase).resolve(name).normalize();
        for (int k = 0; k < searchPath.size(); k++) {
            Path library = searchPath.get(k).toAbsolutePath().normalize();
            if (relative.startsWith(library)) {
                Path within = library.relativize(relative);
                for (Path preferred : searchPath.subList(0, k)) {
                    Path candidate = preferred.toAbsolutePath().normalize().resolve(within);
                    if (Files.isRegularFile(candidate)) {
                        return Option.apply(osPath(candidate));
                    }
                }
                break;
            }
        }
        if (Files.isRegularFile(relative)) {
            return Option.apply(osPath(relative));
        }
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name).normalize();
            if (Files.isRegularFile(candidate)) {
                return Option.apply(osPath(candidate));
            }
        }
        return Option.empty();
    }

    @Override
    public Option<ResolvedFile> read(sjsonnet.Path path) {
        Path file = nio(path);
        if (!Files.isRegularFile(file)) {
            return Option.empty();
        }
        try {
            return Option.apply(new StaticResolvedFile(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static OsPath osPath(Path path) {
        return new OsPath(os.Path$.MODULE$.apply(path.toAbsolutePath().normalize(),
                os.PathConvertible.NioPathConvertible$.MODULE$));
    }

    static Path nio(sjsonnet.Path path) {
        return ((OsPath) path).p().toNIO();
    }
}
