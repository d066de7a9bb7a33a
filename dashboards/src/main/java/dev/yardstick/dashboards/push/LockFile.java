package dev.yardstick.dashboards.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed map from stable key to Datadog id ({@code dashboards/lock.json}), one section per
 * Datadog API URL (ids belong to one organisation; a sandbox push never disturbs the production
 * section). Saved after every create, so a push interrupted half-way never creates the same dashboard
 * twice on the next run.
 */
public final class LockFile {
    private final Path file;
    private final String site;
    private final ObjectNode others = Json.MAPPER.createObjectNode();
    private final Map<String, String> dashboards = new TreeMap<>();
    private final Map<String, String> monitors = new TreeMap<>();

    private LockFile(Path file, String site) {
        this.file = file;
        this.site = site;
    }

    /**
     * Reads the lock file, or starts an empty one when it does not exist.
     *
     * @param file the lock file path
     * @param site the Datadog API URL whose section is used
     * @return the lock
     */
    public static LockFile load(Path file, String site) {
        LockFile lock = new LockFile(file, site);
        if (Files.exists(file)) {
            try {
                JsonNode root = Json.parse(Files.readString(file));
                root.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals(site)) {
                        lock.others.set(e.getKey(), e.getValue());
                    }
                });
                JsonNode section = root.path(site);
                section.path("dashboards").fields().forEachRemaining(e -> lock.dashboards.put(e.getKey(), e.getValue().asText()));
                section.path("monitors").fields().forEachRemaining(e -> lock.monitors.put(e.getKey(), e.getValue().asText()));
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
        Map<String, JsonNode> sections = new TreeMap<>();
        others.fields().forEachRemaining(e -> sections.put(e.getKey(), e.getValue()));
        ObjectNode mine = Json.MAPPER.createObjectNode();
        ObjectNode d = mine.putObject("dashboards");
        dashboards.forEach(d::put);
        ObjectNode m = mine.putObject("monitors");
        monitors.forEach(m::put);
        sections.put(site, mine);
        ObjectNode root = Json.MAPPER.createObjectNode();
        sections.forEach(root::set);
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
