package dev.yardstick.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The metric catalogues shipped as data in {@code dashboards/catalogue/<type>.json}, one per collector type
 * (and {@code yardstick.json} for the runtime's self-telemetry), so dashboards of collectors that are not
 * installed are still checked. Each file is {@code {"type": …, "source": …, "metrics": [names emitted with
 * default settings], "optional": [names that need a non-default setting]}}; a test in the CLI module keeps
 * every file equal to its plugin's {@code metrics()}.
 */
public final class CatalogueFiles {
    private CatalogueFiles() {
    }

    /** One collector type's shipped catalogue. */
    public record Entry(String type, Path file, List<String> metrics, List<String> optional) {
        /** Copies the lists. */
        public Entry {
            metrics = List.copyOf(metrics);
            optional = List.copyOf(optional);
        }

        /** Every name the collector may emit. */
        public Set<String> allNames() {
            Set<String> all = new LinkedHashSet<>(metrics);
            all.addAll(optional);
            return all;
        }
    }

    /**
     * Reads every {@code *.json} file of a directory (none when it does not exist).
     *
     * @param dir the catalogue directory
     * @return type → entry, sorted by type
     * @throws IllegalArgumentException naming the file when one is malformed
     */
    public static Map<String, Entry> read(Path dir) {
        Map<String, Entry> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Entry e = parse(file);
                out.put(e.type(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    private static Entry parse(Path file) throws IOException {
        JsonNode doc;
        try {
            doc = Json.parse(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        String expectedType = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!expectedType.equals(doc.path("type").asText())) {
            throw new IllegalArgumentException(file + ": \"type\" must be \"" + expectedType + "\"");
        }
        if (!doc.path("metrics").isArray()) {
            throw new IllegalArgumentException(file + ": \"metrics\" must be an array of metric names");
        }
        return new Entry(expectedType, file, names(doc.path("metrics")), names(doc.path("optional")));
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
