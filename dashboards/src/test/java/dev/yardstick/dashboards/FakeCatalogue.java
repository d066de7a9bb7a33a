package dev.yardstick.dashboards;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.dashboards.lint.Catalogue;
import dev.yardstick.dashboards.lint.CatalogueFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue as if all seven collectors were installed: exactly the names of the shipped catalogue files
 * ({@code dashboards/catalogue/}), which a CLI test keeps equal to the plugins' own {@code metrics()}.
 */
public final class FakeCatalogue {
    /** All collector types. */
    public static final Set<String> ALL_TYPES = Set.of("github", "skypilot", "asana", "ec2", "wandb", "kubernetes", "health-fom");

    private FakeCatalogue() {
    }

    /** The shipped catalogue files. */
    public static Map<String, CatalogueFiles.Entry> shipped() {
        return CatalogueFiles.read(Projects.REPO.resolve("dashboards/catalogue"));
    }

    /** The descriptors of the given types plus self-telemetry, one gauge per name. */
    public static List<MetricDescriptor> metrics(Set<String> types) {
        Set<String> names = new TreeSet<>();
        shipped().forEach((type, entry) -> {
            if (types.contains(type) || "yardstick".equals(type)) {
                names.addAll(entry.allNames());
            }
        });
        List<MetricDescriptor> out = new ArrayList<>();
        names.forEach(n -> out.add(MetricDescriptor.gauge(n, Unit.NONE, "shipped catalogue")));
        return out;
    }

    /** Every collector's names plus self-telemetry. */
    public static List<MetricDescriptor> metrics() {
        return metrics(ALL_TYPES);
    }

    /** The catalogue with all seven collectors installed. */
    public static Catalogue all() {
        return Catalogue.of(metrics(), ALL_TYPES, shipped());
    }

    /** The catalogue with only these collectors installed (the others checked against their shipped files). */
    public static Catalogue installed(Set<String> types) {
        return Catalogue.of(metrics(types), types, shipped());
    }
}
