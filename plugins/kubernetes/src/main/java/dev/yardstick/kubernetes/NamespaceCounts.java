package dev.yardstick.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of pods or containers, per metric, either cluster-wide or per namespace. Per namespace, every namespace of
 * the universe gets a value (0 included), so that a namespace's series drops to 0 instead of disappearing.
 */
final class NamespaceCounts {
    private final boolean byNamespace;
    private final SortedSet<String> universe;
    private final Map<String, Map<String, Long>> counts = new TreeMap<>();

    /**
     * @param byNamespace whether counts are kept per namespace
     * @param universe the namespaces that get a value when counting per namespace
     */
    NamespaceCounts(boolean byNamespace, Set<String> universe) {
        this.byNamespace = byNamespace;
        this.universe = new TreeSet<>(universe);
    }

    /** Counts one pod or container of a namespace. */
    void increment(String metric, String namespace) {
        counts.computeIfAbsent(metric, key -> new TreeMap<>()).merge(byNamespace ? namespace : "", 1L, Long::sum);
    }

    /** Adds the counts of the given metrics to measurements, 0 for a metric nothing was counted for. */
    void addTo(List<Measurement> out, List<String> metrics) {
        for (String metric : metrics) {
            Map<String, Long> perNamespace = counts.getOrDefault(metric, Map.of());
            if (!byNamespace) {
                out.add(Measurement.of(metric, perNamespace.getOrDefault("", 0L)));
                continue;
            }
            SortedSet<String> namespaces = new TreeSet<>(universe);
            namespaces.addAll(perNamespace.keySet());
            for (String namespace : namespaces) {
                out.add(new Measurement(metric, perNamespace.getOrDefault(namespace, 0L), Optional.of(namespace)));
            }
        }
    }
}
