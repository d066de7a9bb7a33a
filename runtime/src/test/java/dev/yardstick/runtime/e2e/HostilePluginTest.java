package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.discovery.PluginJarBuilder;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.testkit.PointsAssert;
import dev.yardstick.testkit.RecordingSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault matrix R11: real plugin jars that throw, raise an {@code OutOfMemoryError} or a linkage error, or hang
 * ignoring interruption. Each fails alone, within its own timeout; the well-behaved plugin's points are delivered
 * and every collector's status is in the self-telemetry.
 */
class HostilePluginTest {
    private static final String HANG_IGNORING_INTERRUPTS = """
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end) {
              try { Thread.sleep(20); } catch (InterruptedException ignored) { }
            }
            return CollectResult.of(List.of());
            """;

    @TempDir
    Path dir;

    @Test
    void throwingOomingAndHangingPluginsFailAloneAndTheOthersAreDelivered() throws Exception {
        Path plugins = dir.resolve("plugins");
        PluginJarBuilder.plugin("greeter").build(plugins);
        PluginJarBuilder.plugin("thrower").collectBody("throw new IllegalStateException(\"upstream"
                + " http://bot:plugin-pa55@h.example/x refused\");").build(plugins);
        PluginJarBuilder.plugin("oom").collectBody("throw new OutOfMemoryError(\"Java heap space\");").build(plugins);
        PluginJarBuilder.plugin("linkage").collectBody("throw new NoClassDefFoundError(\"com/acme/Missing\");")
                .build(plugins);
        PluginJarBuilder.plugin("hanger").collectBody(HANG_IGNORING_INTERRUPTS).build(plugins);
        ConfigSources sources = new ConfigSources(Optional.empty(), List.of(
                "yardstick.sinks.outbox.enabled=false", "yardstick.sinks.console.enabled=false",
                "yardstick.collectors.greeter={}", "yardstick.collectors.thrower={}", "yardstick.collectors.oom={}",
                "yardstick.collectors.linkage={}", "yardstick.collectors.hanger.timeout=2s"), dir, Map.of());
        RecordingSink sink = new RecordingSink();

        RunReport report;
        try (Yardstick yardstick = Yardstick.builder(sources).addSink("recording", sink).build()) {
            report = yardstick.run(RunOptions.all());
        }

        Map<String, CollectorOutcome> outcomes = report.outcomes().stream()
                .collect(Collectors.toMap(CollectorOutcome::id, Function.identity()));
        assertEquals(Status.SUCCESS, outcomes.get("greeter").status());
        assertEquals(Status.FAILED, outcomes.get("thrower").status());
        assertEquals(Status.FAILED, outcomes.get("oom").status());
        assertEquals(Status.FAILED, outcomes.get("linkage").status());
        assertEquals(Status.TIMEOUT, outcomes.get("hanger").status());
        String thrown = outcomes.get("thrower").failures().get(0).message();
        assertTrue(thrown.contains("upstream http://[REDACTED]@h.example/x refused"), thrown);
        assertFalse(report.toString().contains("plugin-pa55"), report.toString());
        assertTrue(outcomes.get("oom").failures().get(0).message().contains("OutOfMemoryError"),
                outcomes.get("oom").failures().toString());
        assertEquals(1, report.exitCode());
        PointsAssert points = PointsAssert.assertThat(sink.points())
                .hasGauge("plugin.greeter.greeting", Tags.of("greeting", "hello"), 5)
                .hasGauge("yardstick.collector.success", Tags.of("collector", "greeter"), 1);
        for (String hostile : List.of("thrower", "oom", "linkage", "hanger")) {
            points.hasGauge("yardstick.collector.success", Tags.of("collector", hostile), 0);
        }
        points.hasGauge("yardstick.collector.timeout", Tags.of("collector", "hanger"), 1);
    }
}
