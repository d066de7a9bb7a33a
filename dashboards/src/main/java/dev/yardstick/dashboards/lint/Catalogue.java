package dev.yardstick.dashboards.lint;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names known to exist: those declared by discovered collector plugins plus the runtime's
 * self-telemetry, and the collector types installed.
 *
 * @param metricNames every known metric name
 * @param installedTypes installed collector types
 */
public record Catalogue(Set<String> metricNames, Set<String> installedTypes) {

    /** Copies the sets. */
    public Catalogue {
        metricNames = Set.copyOf(metricNames);
        installedTypes = Set.copyOf(installedTypes);
    }

    /**
     * Builds the catalogue from plugin discovery.
     *
     * @param declared the metrics of every discovered plugin and of the runtime's self-telemetry
     * @param installedTypes the discovered collector types
     * @return the catalogue
     */
    public static Catalogue of(List<MetricDescriptor> declared, Set<String> installedTypes) {
        Set<String> names = new HashSet<>();
        declared.forEach(d -> names.add(d.name()));
        return new Catalogue(names, installedTypes);
    }

    /** The collector types an artifact needs that are not installed, sorted. */
    public List<String> missingCollectors(CompiledArtifact artifact) {
        return new ArrayList<>(new TreeSet<>(artifact.requires().stream().filter(t -> !installedTypes.contains(t)).toList()));
    }

    /** The message used when an artifact is skipped. */
    public static String skipReason(List<String> missing) {
        return "skipped: needs collector" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (not installed)";
    }
}
