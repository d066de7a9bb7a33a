package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pipeline settings from {@code yardstick.pipeline}, {@code yardstick.environment} and {@code yardstick.version}.
 *
 * @param environment the value of the {@code env} tag
 * @param version the value of the {@code version} tag
 * @param tags tags added to every point
 * @param maxSeriesPerMetric the cardinality cap per metric name
 * @param maxTagsPerPoint the tag cap per point
 */
public record PipelineSettings(String environment, String version, Map<String, String> tags, int maxSeriesPerMetric,
        int maxTagsPerPoint) {

    /** Validates and copies. */
    public PipelineSettings {
        requireNonNull(environment, "environment is null");
        requireNonNull(version, "version is null");
        tags = Map.copyOf(tags);
    }

    /**
     * Reads the settings.
     *
     * @param yardstick the resolved {@code yardstick} block
     * @return the settings
     */
    public static PipelineSettings from(Config yardstick) {
        Map<String, String> tags = new TreeMap<>();
        Config tagBlock = yardstick.getConfig("pipeline.tags");
        tagBlock.root().keySet().forEach(key -> tags.put(key, tagBlock.getString(key)));
        return new PipelineSettings(yardstick.getString("environment"), yardstick.getString("version"), tags,
                yardstick.getInt("pipeline.max-series-per-metric"), yardstick.getInt("pipeline.max-tags-per-point"));
    }
}
