package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.MetricPoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the inputs from the points the github and wandb collectors produced in this same run, which the runtime
 * hands over complete and tagged ({@link Inputs}), so scores are never stale and never race a delivery.
 */
final class RunInputSource {
    static final String RUN_TYPE_TAG = "run_type";

    private final Set<String> trainingRunTypes;

    RunInputSource(Set<String> trainingRunTypes) {
        this.trainingRunTypes = Set.copyOf(trainingRunTypes);
    }

    /**
     * Builds the snapshot of every score's input.
     *
     * @param inputs the dependencies' points
     * @param scores the enabled scores
     * @return the snapshot
     */
    InputSnapshot read(Inputs inputs, List<ConfiguredScore> scores) {
        requireNonNull(inputs, "inputs is null");
        InputSnapshot snapshot = new InputSnapshot();
        for (MetricPoint point : inputs.points()) {
            for (ScoreGroup group : ScoreGroup.values()) {
                if (point.name().startsWith(group.dependency() + ".")) {
                    point.tags().get(group.tagKey()).ifPresent(series -> snapshot.addSeries(group, series));
                }
            }
        }
        for (ConfiguredScore configured : scores) {
            ScoreDefinition score = configured.definition();
            for (MetricPoint point : inputs.named(score.input())) {
                Optional<String> series = point.tags().get(score.group().tagKey());
                if (series.isEmpty() || !counts(score, point)) {
                    continue;
                }
                if (score.runTypeCount()) {
                    snapshot.add(score.input(), series.get(), valueOf(point));
                } else {
                    snapshot.set(score.input(), series.get(), valueOf(point));
                }
            }
        }
        return snapshot;
    }

    private boolean counts(ScoreDefinition score, MetricPoint point) {
        if (!score.runTypeCount() || trainingRunTypes.isEmpty()) {
            return true;
        }
        return point.tags().get(RUN_TYPE_TAG).filter(trainingRunTypes::contains).isPresent();
    }

    private static double valueOf(MetricPoint point) {
        return point.match(gauge -> gauge.value(), count -> count.value(), rate -> rate.value(),
                distribution -> Double.NaN);
    }
}
