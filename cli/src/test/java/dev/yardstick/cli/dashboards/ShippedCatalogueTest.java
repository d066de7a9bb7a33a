package dev.yardstick.cli.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.dashboards.lint.CatalogueFiles;
import dev.yardstick.runtime.telemetry.SelfMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each collector's catalogue shipped as data ({@code dashboards/catalogue/<type>.json}) equals the names its plugin
 * declares in {@code metrics()}, for every factory on this module's class path (the built-in plugins), so a plugin
 * and its data file cannot drift; the self-telemetry file equals the runtime's catalogue.
 */
class ShippedCatalogueTest {
    private static final Path CATALOGUE = Path.of("..", "dashboards", "catalogue").toAbsolutePath().normalize();
    private final Map<String, CatalogueFiles.Entry> shipped = CatalogueFiles.read(CATALOGUE);

    @TestFactory
    Stream<DynamicTest> everyDiscoveredFactoryMatchesItsShippedCatalogue() {
        List<CollectorFactory> factories = new ArrayList<>();
        ServiceLoader.load(CollectorFactory.class).forEach(factories::add);
        assertFalse(factories.isEmpty(), "no collector factory on the class path");
        return factories.stream().map(f -> DynamicTest.dynamicTest(f.type(), () -> {
            CatalogueFiles.Entry entry = shipped.get(f.type());
            assertTrue(entry != null, "no dashboards/catalogue/" + f.type() + ".json for the installed collector " + f.type());
            assertEquals(entry.allNames(), names(f.metrics()), "dashboards/catalogue/" + f.type() + ".json vs "
                    + f.getClass().getName() + ".metrics()");
        }));
    }

    @Test
    void selfTelemetryFileMatchesTheRuntime() {
        assertEquals(shipped.get("yardstick").allNames(), names(SelfMetrics.CATALOGUE));
    }

    @Test
    void everyCollectorTypeHasAShippedCatalogue() {
        assertEquals(Set.of("github", "skypilot", "asana", "ec2", "wandb", "kubernetes", "health-fom", "yardstick"),
                shipped.keySet());
    }

    private static Set<String> names(List<MetricDescriptor> descriptors) {
        Set<String> out = new TreeSet<>();
        descriptors.forEach(d -> out.add(d.name()));
        return out;
    }
}
