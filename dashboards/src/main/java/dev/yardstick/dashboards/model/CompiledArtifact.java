package dev.yardstick.dashboards.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * One compiled dashboard or monitor.
 *
 * @param key the stable key that identifies it in Datadog across pushes
 * @param kind dashboard or monitor
 * @param requires collector types whose metrics it shows (empty: self-telemetry or other Datadog data)
 * @param source the Jsonnet file it came from
 * @param displaySource the source path shown in messages
 * @param body the JSON sent to Datadog, exactly as compiled
 * @param sandboxOnly pushed only to a loopback API (the sandbox), never to a real Datadog site
 */
public record CompiledArtifact(String key, ArtifactKind kind, List<String> requires, Path source, String displaySource,
                               JsonNode body, boolean sandboxOnly) {

    /** Validates and copies the components. */
    public CompiledArtifact {
        requireNonNull(key, "key");
        requireNonNull(kind, "kind");
        requires = List.copyOf(requires);
        requireNonNull(source, "source");
        requireNonNull(displaySource, "displaySource");
        requireNonNull(body, "body");
    }

    /** An artifact for every Datadog site. */
    public CompiledArtifact(String key, ArtifactKind kind, List<String> requires, Path source, String displaySource, JsonNode body) {
        this(key, kind, requires, source, displaySource, body, false);
    }

    /** The output file name, e.g. {@code github_cicd.json}. */
    public String outputName() {
        String name = source.getFileName().toString();
        return name.substring(0, name.length() - ".jsonnet".length()) + ".json";
    }

    /** The dashboard title or monitor name. */
    public String title() {
        return body.path(kind == ArtifactKind.DASHBOARD ? "title" : "name").asText("");
    }
}
