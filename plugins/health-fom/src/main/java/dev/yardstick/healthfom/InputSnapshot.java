package dev.yardstick.healthfom;

import dev.yardstick.api.CollectFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inputs of one collection: which series (repositories, projects) exist for each score group, and the latest
 * finite value of each input metric per series; plus any failure reading them.
 */
final class InputSnapshot {
    private final Map<ScoreGroup, Set<String>> series = new HashMap<>();
    private final Map<String, Map<String, Double>> values = new HashMap<>();
    private final List<CollectFailure> failures = new ArrayList<>();

    /** Records that a series exists for a group, whether or not it has every input. */
    void addSeries(ScoreGroup group, String seriesValue) {
        series.computeIfAbsent(group, g -> new TreeSet<>()).add(seriesValue);
    }

    /** Adds {@code value} to an input of one series: the run-type counts of a training input are summed. */
    void add(String input, String seriesValue, double value) {
        values.computeIfAbsent(input, k -> new HashMap<>()).merge(seriesValue, value, Double::sum);
    }

    /** Sets an input of one series; a later value (a later point of the same series) wins. */
    void set(String input, String seriesValue, double value) {
        values.computeIfAbsent(input, k -> new HashMap<>()).put(seriesValue, value);
    }

    /** The series of a group, sorted; empty when its collector did not run or produced nothing. */
    Set<String> series(ScoreGroup group) {
        return series.getOrDefault(group, Set.of());
    }

    /** The value of an input for one series; empty when it is missing or not finite. */
    Optional<Double> value(String input, String seriesValue) {
        Double value = values.getOrDefault(input, Map.of()).get(seriesValue);
        return value == null || !Double.isFinite(value) ? Optional.empty() : Optional.of(value);
    }

    /** Records a failure reading some input. */
    void fail(CollectFailure failure) {
        failures.add(failure);
    }

    /** Failures reading the inputs (never a dependency's own failure). */
    List<CollectFailure> failures() {
        return List.copyOf(failures);
    }
}
