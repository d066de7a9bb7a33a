package dev.yardstick.runtime.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages in their documented order: tagging, environment, sanitize, cardinality guard. Sinks follow.
 * A pipeline holds per-run state (the cardinality guard), so each run builds a new one.
 */
public final class Pipeline {
    private final List<Stage> stages;

    /**
     * Creates a pipeline.
     *
     * @param stages the stages, applied in list order
     */
    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds the standard pipeline.
     *
     * @param settings the pipeline settings
     * @param telemetry where stages count what they drop
     * @return the pipeline
     */
    public static Pipeline standard(PipelineSettings settings, dev.yardstick.runtime.telemetry.Telemetry telemetry) {
        // env goes in with the global tags too, so that the environment stage, which guarantees it over a
        // collector's own env tag, finds it already set on almost every point and copies nothing
        Map<String, String> global = new HashMap<>(settings.tags());
        global.put("env", settings.environment());
        return new Pipeline(List.of(
                new TaggingStage(global, settings.version()),
                new EnvironmentStage(settings.environment()),
                new SanitizeStage(telemetry),
                new CardinalityGuardStage(settings.maxSeriesPerMetric(), settings.maxTagsPerPoint(),
                        settings.tags().keySet(), telemetry)));
    }

    /**
     * Runs a batch through every stage.
     *
     * @param batch the incoming batch
     * @return the batch ready for the sinks
     */
    public Batch apply(Batch batch) {
        Batch current = batch;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }
}
