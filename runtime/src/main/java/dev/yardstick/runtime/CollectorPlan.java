package dev.yardstick.runtime;

import dev.yardstick.runtime.engine.CollectorUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the collectors of a run: the ones asked for plus, transitively, every collector of the types they
 * depend on. Also finds dependency cycles, which are start-up errors.
 */
final class CollectorPlan {
    private CollectorPlan() {
    }

    static List<CollectorUnit> select(List<CollectorUnit> all, Set<String> requestedIds) {
        if (requestedIds.isEmpty()) {
            return all;
        }
        Map<String, CollectorUnit> byId = all.stream().collect(Collectors.toMap(CollectorUnit::id, Function.identity()));
        Set<String> chosen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(requestedIds);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            CollectorUnit unit = byId.get(id);
            if (unit == null) {
                throw new IllegalArgumentException("no enabled collector '" + id + "'; enabled: " + byId.keySet());
            }
            if (chosen.add(id)) {
                all.stream().filter(other -> unit.dependsOn().contains(other.type())).map(CollectorUnit::id)
                        .forEach(todo::push);
            }
        }
        return all.stream().filter(unit -> chosen.contains(unit.id())).toList();
    }

    static List<String> cycles(Map<String, Set<String>> dependsOnByType) {
        List<String> problems = new ArrayList<>();
        for (String type : dependsOnByType.keySet()) {
            if (reaches(type, type, dependsOnByType, new HashSet<>())) {
                problems.add("collector type '" + type + "' depends on itself through " + dependsOnByType.get(type));
            }
        }
        return problems;
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> graph, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, graph, seen))) {
                return true;
            }
        }
        return false;
    }
}
