package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The health-fom collector's settings, validated eagerly from {@code yardstick.collectors.health-fom}. Defaults
 * live in the plugin's {@code reference.conf}.
 *
 * @param inputs where the inputs come from
 * @param trainingRunTypes the W&B run types whose counts are summed; empty = all
 * @param scores the enabled scores with their thresholds, in catalogue order
 * @param datadog the query settings, present only when {@code inputs = datadog}
 */
record HealthFomSettings(InputsMode inputs, Set<String> trainingRunTypes, List<ConfiguredScore> scores,
        Optional<DatadogQuerySettings> datadog) {

    /** Where a run's inputs come from. */
    enum InputsMode {
        /** The points of the same run, handed over by the runtime. */
        RUN,
        /** The latest values in Datadog, read through the metrics query API. */
        DATADOG
    }

    HealthFomSettings {
        requireNonNull(inputs, "inputs is null");
        trainingRunTypes = Set.copyOf(trainingRunTypes);
        scores = List.copyOf(scores);
        requireNonNull(datadog, "datadog is null");
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    static HealthFomSettings from(CollectorConfig config) {
        InputsMode mode = mode(config);
        Optional<DatadogQuerySettings> datadog = mode == InputsMode.DATADOG
                ? Optional.of(DatadogQuerySettings.from(config.getConfig("datadog")))
                : Optional.empty();
        return new HealthFomSettings(mode, runTypes(config), scores(config), datadog);
    }

    private static InputsMode mode(CollectorConfig config) {
        String text = config.getString("inputs");
        try {
            return InputsMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw config.invalid("inputs", "must be run or datadog, not '" + text + "'");
        }
    }

    private static Set<String> runTypes(CollectorConfig config) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : config.getStringList("training-run-types")) {
            if (type.isBlank()) {
                throw config.invalid("training-run-types", "holds an empty run type");
            }
            types.add(type);
        }
        return types;
    }

    private static List<ConfiguredScore> scores(CollectorConfig config) {
        CollectorConfig block = config.getConfig("scores");
        List<ConfiguredScore> out = new ArrayList<>();
        for (ScoreDefinition score : HealthFomMetrics.SCORES) {
            if (!block.hasPath(score.key())) {
                throw block.invalid(score.key(), "settings of score " + score.metricName() + " are missing");
            }
            CollectorConfig scoreBlock = block.getConfig(score.key());
            if (scoreBlock.getBoolean("enabled")) {
                out.add(new ConfiguredScore(score, score.shape().read(scoreBlock)));
            }
        }
        return out;
    }
}
