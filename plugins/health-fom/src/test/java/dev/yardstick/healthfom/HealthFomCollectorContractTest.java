package dev.yardstick.healthfom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PluginArchitecture;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The testkit contract; with no inputs every score is reported missing. */
class HealthFomCollectorContractTest extends CollectorContractTest {

    @Override
    protected CollectorFactory factory() {
        return new HealthFomCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("health-fom").secrets(secrets).build();
    }

    @Test
    void withoutInputsEveryScoreIsMissing() throws InterruptedException {
        assertEquals(18, collectOnce().points().stream()
                .filter(p -> p.name().equals(HealthFomMetrics.INPUT_MISSING)).count());
    }

    @Test
    void declaresEighteenScoresAndTheMissingMarker() {
        Set<String> names = factory().metrics().stream().map(MetricDescriptor::name).collect(Collectors.toSet());
        assertEquals(19, names.size());
        assertEquals(Set.of("github", "wandb"), factory().dependsOn());
        assertEquals(Set.of("datadog.api-key", "datadog.app-key"), factory().secretKeys());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.healthfom");
    }
}
