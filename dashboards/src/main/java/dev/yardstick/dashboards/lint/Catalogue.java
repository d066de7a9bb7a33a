package dev.yardstick.dashboards.lint;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names known to exist: those declared by discovered collector plugins plus the runtime's
 * self-telemetry, the collector types installed, and the planned catalogues shipped as data for every type
 * (used for artifacts whose collector is not installed).
 *
 * @param metricNames every metric name of the installed collectors and self-telemetry
 * @param installedTypes installed collector types
 * @param planned collector type → the names its shipped catalogue declares
 */
public record Catalogue(Set<String> metricNames, Set<String> installedTypes, Map<String, Set<String>> planned) {

    /** Copies the collections. */
    public Catalogue {
        metricNames = Set.copyOf(metricNames);
        installedTypes = Set.copyOf(installedTypes);
        Map<String, Set<String>> copy = new HashMap<>();
        planned.forEach((type, names) -> copy.put(type, Set.copyOf(names)));
        planned = Map.copyOf(copy);
    }

    /** A catalogue without planned catalogues. */
    public Catalogue(Set<String> metricNames, Set<String> installedTypes) {
        this(metricNames, installedTypes, Map.of());
    }

    /**
     * Builds the catalogue from plugin discovery.
     *
     * @param declared the metrics of every discovered plugin and of the runtime's self-telemetry
     * @param installedTypes the discovered collector types
     * @return the catalogue
     */
    public static Catalogue of(List<MetricDescriptor> declared, Set<String> installedTypes) {
        return of(declared, installedTypes, Map.of());
    }

    /**
     * Builds the catalogue from plugin discovery and the shipped catalogue files.
     *
     * @param declared the metrics of every discovered plugin and of the runtime's self-telemetry
     * @param installedTypes the discovered collector types
     * @param shipped the catalogue files by type
     * @return the catalogue
     */
    public static Catalogue of(List<MetricDescriptor> declared, Set<String> installedTypes, Map<String, CatalogueFiles.Entry> shipped) {
        Set<String> names = new HashSet<>();
        declared.forEach(d -> names.add(d.name()));
        Map<String, Set<String>> planned = new HashMap<>();
        shipped.forEach((type, entry) -> planned.put(type, entry.allNames()));
        return new Catalogue(names, installedTypes, planned);
    }

    /** The collector types an artifact needs that are not installed, sorted. */
    public List<String> missingCollectors(CompiledArtifact artifact) {
        return new ArrayList<>(new TreeSet<>(artifact.requires().stream().filter(t -> !installedTypes.contains(t)).toList()));
    }

    /** The types an artifact needs that are neither installed nor have a shipped catalogue, sorted. */
    public List<String> unknownCollectors(CompiledArtifact artifact) {
        return missingCollectors(artifact).stream().filter(t -> !planned.containsKey(t)).toList();
    }

    /** The names an artifact may use: installed and self-telemetry, plus the planned names of its missing collectors. */
    public Set<String> namesFor(CompiledArtifact artifact) {
        Set<String> names = new HashSet<>(metricNames);
        missingCollectors(artifact).forEach(t -> names.addAll(planned.getOrDefault(t, Set.of())));
        return names;
    }

    /** The message used when an artifact is skipped. */
    public static String skipReason(List<String> missing) {
        return "skipped: needs collector" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (not installed)";
    }
}
