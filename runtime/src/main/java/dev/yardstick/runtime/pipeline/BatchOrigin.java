package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Who produced a batch.
 *
 * @param collectorId the collector id ({@code github/oss}), or empty for the runtime's own telemetry
 * @param source the value of the {@code source} tag: the collector type, or {@code yardstick}
 * @param tags the collector's configured extra tags
 */
public record BatchOrigin(String collectorId, String source, Map<String, String> tags) {

    /** The origin of the runtime's own telemetry. */
    public static final BatchOrigin SELF = new BatchOrigin("", "yardstick", Map.of());

    /** Validates and copies. */
    public BatchOrigin {
        requireNonNull(collectorId, "collectorId is null");
        requireNonNull(source, "source is null");
        tags = Map.copyOf(tags);
    }

    /**
     * Tells whether the batch holds the runtime's own telemetry.
     *
     * @return true for self-telemetry
     */
    public boolean isSelf() {
        return collectorId.isEmpty();
    }
}
