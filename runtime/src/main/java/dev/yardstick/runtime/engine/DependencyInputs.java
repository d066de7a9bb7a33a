package dev.yardstick.runtime.engine;

import dev.yardstick.api.Inputs;
import dev.yardstick.api.Inputs.DependencyStatus;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the finished collectors of one run produced, as the collectors depending on them see it: exactly the
 * tagged points of every instance of the types named in {@code dependsOn()}, in configuration order (so the
 * same set in the same order whatever order the collectors completed in), and the status of each type.
 *
 * <p>Only the points some collector still waits for are held: those of types no collector of the run depends on
 * are never kept ({@link #wanted}), and a type's points are let go once every collector depending on it started.
 */
final class DependencyInputs {
    private record Finished(CollectorOutcome outcome, List<MetricPoint> tagged) {
    }

    private final List<CollectorUnit> units;
    private final Map<String, Finished> finished = new HashMap<>();
    /** For each type some unit depends on, how many of those units have not started yet. */
    private final Map<String, Integer> waiting = new HashMap<>();

    DependencyInputs(List<CollectorUnit> units) {
        this.units = List.copyOf(units);
        units.forEach(unit -> unit.dependsOn().forEach(type -> waiting.merge(type, 1, Integer::sum)));
    }

    /**
     * Tells whether a collector still to start depends on the collectors of a type, so that their tagged points
     * must be kept for it.
     */
    boolean wanted(String type) {
        return waiting.containsKey(type);
    }

    void finished(CollectorOutcome outcome, List<MetricPoint> tagged) {
        if (wanted(outcome.type())) {
            finished.put(outcome.id(), new Finished(outcome, List.copyOf(tagged)));
        }
    }

    /** Called once every instance of the unit's dependency types has finished, as the unit starts. */
    Inputs inputsFor(CollectorUnit unit) {
        if (unit.dependsOn().isEmpty()) {
            return Inputs.none();
        }
        List<MetricPoint> points = new ArrayList<>();
        Map<String, List<Finished>> byType = new LinkedHashMap<>();
        unit.dependsOn().forEach(type -> byType.put(type, new ArrayList<>()));
        for (CollectorUnit other : units) {
            Finished done = finished.get(other.id());
            if (done != null && byType.containsKey(other.type())) {
                points.addAll(done.tagged());
                byType.get(other.type()).add(done);
            }
        }
        Map<String, DependencyStatus> statuses = new HashMap<>();
        byType.forEach((type, instances) -> statuses.put(type, status(instances)));
        unit.dependsOn().forEach(this::started);
        return Inputs.of(points, statuses);
    }

    /** One collector depending on the type started: the type's points go once none waits for them any more. */
    private void started(String type) {
        if (waiting.merge(type, -1, Integer::sum) == 0) {
            waiting.remove(type);
            finished.values().removeIf(done -> done.outcome().type().equals(type));
        }
    }

    private static DependencyStatus status(List<Finished> instances) {
        if (instances.isEmpty()) {
            return DependencyStatus.ABSENT;
        }
        if (instances.stream().allMatch(done -> done.outcome().succeeded())) {
            return DependencyStatus.SUCCEEDED;
        }
        boolean anyOutput = instances.stream().anyMatch(done -> done.outcome().succeeded()
                || done.outcome().status() != Status.SUCCESS && !done.tagged().isEmpty());
        return anyOutput ? DependencyStatus.PARTIAL : DependencyStatus.FAILED;
    }
}
