package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Who produced a batch.
 *
 * @param collectorId the collector id ({@code github/oss}), or empty for the runtime's own telemetry
 * @param source the value of the {@code source} tag: the collector type, or {@code yardstick}
 * @param tags the collector's configured extra tags
 * @param tagOrder for each metric name, the collector's own tag keys in the order its catalogue declares them
 *     (most important first); the cardinality guard drops extra tags from the end of this order
 */
public record BatchOrigin(String collectorId, String source, Map<String, String> tags,
        Map<String, List<String>> tagOrder) {

    /** The origin of the runtime's own telemetry. */
    public static final BatchOrigin SELF = new BatchOrigin("", "yardstick", Map.of());

    /** Validates and copies. */
    public BatchOrigin {
        requireNonNull(collectorId, "collectorId is null");
        requireNonNull(source, "source is null");
        tags = Map.copyOf(tags);
        tagOrder = Map.copyOf(tagOrder);
    }

    /**
     * Creates an origin whose collector declares no tag order.
     *
     * @param collectorId the collector id, or empty for self-telemetry
     * @param source the {@code source} tag
     * @param tags the collector's configured extra tags
     */
    public BatchOrigin(String collectorId, String source, Map<String, String> tags) {
        this(collectorId, source, tags, Map.of());
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
