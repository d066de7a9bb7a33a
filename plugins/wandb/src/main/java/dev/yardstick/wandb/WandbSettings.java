package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The W&B collector's settings, validated eagerly from {@code yardstick.collectors.wandb} (or another instance's
 * block). Defaults live in the plugin's {@code reference.conf}.
 *
 * @param apiUrl the API root; queries go to {@code <apiUrl>/graphql}
 * @param apiKey the API key, sent as basic auth with user {@code api}
 * @param entity the entity (user or team) owning the project
 * @param project the project
 * @param window the short window of the {@code _24h} counts, {@code total_recent} and the training metrics
 * @param pageSize runs asked for per page
 * @param runTypes the ordered run-type rules
 * @param gpuCountKeys keys holding a run's GPU count, in order
 * @param gpuUtilizationKey the summary key of {@code wandb.training.gpu_utilization_avg}
 * @param summaryMetrics the {@code wandb.metrics.*} gauges
 */
public record WandbSettings(URI apiUrl, Secret apiKey, String entity, String project, Duration window, int pageSize,
        List<RunTypeRule> runTypes, List<String> gpuCountKeys, String gpuUtilizationKey,
        List<SummaryMetric> summaryMetrics) {

    /** The long window: the first fetch asks for the runs created within it, and no window may exceed it. */
    static final Duration LONG_WINDOW = Duration.ofDays(7);
    /** The largest page W&B is asked for. */
    static final int MAX_PAGE_SIZE = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Validates the components and copies the lists. */
    public WandbSettings {
        requireNonNull(apiUrl, "apiUrl is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(project, "project is null");
        requireNonNull(window, "window is null");
        runTypes = List.copyOf(runTypes);
        gpuCountKeys = List.copyOf(gpuCountKeys);
        requireNonNull(gpuUtilizationKey, "gpuUtilizationKey is null");
        summaryMetrics = List.copyOf(summaryMetrics);
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    public static WandbSettings from(CollectorConfig config) {
        Duration window = window(config, "window");
        return new WandbSettings(config.getHttpUrl("api-url"), config.getRequiredSecret("api-key", "a W&B API key", "secret:env:WANDB_API_KEY"), name(config, "entity"), name(config, "project"),
                window, pageSize(config), ListSettings.runTypes(config), ListSettings.keys(config, "gpu-count-keys"),
                ListSettings.key(config, "gpu-utilization-key"), ListSettings.summaryMetrics(config));
    }

    /** The tag value and message prefix naming the project: {@code entity/project}. */
    String projectPath() {
        return entity + "/" + project;
    }

    private static String name(CollectorConfig config, String key) {
        if (!config.hasPath(key)) {
            throw config.invalid(key, "is required: the W&B " + key + " whose runs are collected");
        }
        String value = config.getString(key).trim();
        if (!NAME.matcher(value).matches()) {
            throw config.invalid(key, "'" + value + "' is not a W&B " + key + " name (letters, digits, _ . -)");
        }
        return value;
    }

    /** Reads a window: positive and at most {@link #LONG_WINDOW}, the history the collector fetches. */
    static Duration window(CollectorConfig config, String key) {
        Duration value = config.getDuration(key);
        if (value.isNegative() || value.isZero() || value.compareTo(LONG_WINDOW) > 0) {
            throw config.invalid(key, "must be positive and at most 7d (the runs fetched are those of the last "
                    + "7 days)");
        }
        return value;
    }

    private static int pageSize(CollectorConfig config) {
        int value = config.getInt("page-size");
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw config.invalid("page-size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return value;
    }
}
