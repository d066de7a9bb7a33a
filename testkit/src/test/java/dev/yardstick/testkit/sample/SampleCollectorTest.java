package dev.yardstick.testkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PointsAssert;
import java.util.List;
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
        PointsAssert.assertThat(collectOnce().points()).hasSize(3)
                .hasGauge("sample.greetings", Tags.of("greeting", "hi"), 2);
    }

    @Test
    void collectOnceHoldsTheEmittedPointsInOrderThenTheReturnedOnes() throws InterruptedException {
        List<MetricPoint> points = collectOnce().points();

        assertEquals(List.of("sample.letters", "sample.letters", "sample.greetings"),
                points.stream().map(MetricPoint::name).toList());
        PointsAssert.assertThat(points.subList(0, 2)).hasGauge("sample.letters", Tags.of("letter", "h"), 1)
                .hasGauge("sample.letters", Tags.of("letter", "i"), 1);
    }
}
