package dev.yardstick.runtime.pipeline;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.util.ArrayList;
import java.util.List;

/**
 * Stamps {@code env:<environment>} on every point, replacing any {@code env} a collector set, so that data from
 * different deployments never mixes (the original system hard-coded {@code env:production}).
 */
public final class EnvironmentStage implements Stage {
    private final String environment;

    /**
     * Creates the stage.
     *
     * @param environment the environment of this run
     */
    public EnvironmentStage(String environment) {
        this.environment = requireNonNull(environment, "environment is null");
        if (environment.isBlank()) {
            throw new IllegalArgumentException("environment is blank");
        }
    }

    @Override
    public Batch apply(Batch batch) {
        List<MetricPoint> out = new ArrayList<>(batch.points().size());
        for (MetricPoint point : batch.points()) {
            Tags tags = point.tags().and("env", environment);
            out.add(tags == point.tags() ? point : point.withTags(tags));
        }
        return batch.with(out);
    }
}
