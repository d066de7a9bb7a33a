package dev.yardstick.testkit.sample;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PointsAssert;
import org.junit.jupiter.api.Test;

class SampleCollectorTest extends CollectorContractTest {
    @Override
    protected CollectorFactory factory() {
        return new SampleCollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "greeting = hi";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("sample").secrets(secrets).build();
    }

    @Test
    void testSettingsOverrideReferenceDefaults() throws InterruptedException {
        PointsAssert.assertThat(collectOnce().points()).hasSize(1)
                .hasGauge("sample.greetings", Tags.of("greeting", "hi"), 2);
    }
}
