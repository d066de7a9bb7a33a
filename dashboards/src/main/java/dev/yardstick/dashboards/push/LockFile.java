package dev.yardstick.dashboards.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.ArtifactKind;
import dev.yardstick.dashboards.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed map from stable key to Datadog id ({@code dashboards/lock.json}). Saved after every
 * create, so a push interrupted half-way never creates the same dashboard twice on the next run.
 */
public final class LockFile {
    private final Path file;
    private final Map<String, String> dashboards = new TreeMap<>();
    private final Map<String, String> monitors = new TreeMap<>();

    private LockFile(Path file) {
        this.file = file;
    }

    /**
     * Reads the lock file, or starts an empty one when it does not exist.
     *
     * @param file the lock file path
     * @return the lock
     */
    public static LockFile load(Path file) {
        LockFile lock = new LockFile(file);
        if (Files.exists(file)) {
            try {
                JsonNode root = Json.parse(Files.readString(file));
                root.path("dashboards").fields().forEachRemaining(e -> lock.dashboards.put(e.getKey(), e.getValue().asText()));
                root.path("monitors").fields().forEachRemaining(e -> lock.monitors.put(e.getKey(), e.getValue().asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        return lock;
    }

    /** The id recorded for a key. */
    public synchronized Optional<String> id(ArtifactKind kind, String key) {
        return Optional.ofNullable(map(kind).get(key));
    }

    /** Records an id and saves the file at once. */
    public synchronized void put(ArtifactKind kind, String key, String id) {
        if (!id.equals(map(kind).put(key, id))) {
            save();
        }
    }

    /** Forgets a key and saves the file. */
    public synchronized void remove(ArtifactKind kind, String key) {
        if (map(kind).remove(key) != null) {
            save();
        }
    }

    /** A copy of the key → id map of one kind. */
    public synchronized Map<String, String> entries(ArtifactKind kind) {
        return Map.copyOf(map(kind));
    }

    private Map<String, String> map(ArtifactKind kind) {
        return kind == ArtifactKind.DASHBOARD ? dashboards : monitors;
    }

    private void save() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode d = root.putObject("dashboards");
        dashboards.forEach(d::put);
        ObjectNode m = root.putObject("monitors");
        monitors.forEach(m::put);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.pretty(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
