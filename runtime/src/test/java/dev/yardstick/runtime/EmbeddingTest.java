package dev.yardstick.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.runtime.engine.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Yardstick embedded in another service: configuration from code, factories in code, quiet, relative paths. */
class EmbeddingTest {
    @TempDir
    Path workingDir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** A collector type registered in code: one gauge whose value is configured. */
    private static final class ConstantFactory implements CollectorFactory {
        @Override
        public String type() {
            return "constant";
        }

        @Override
        public List<MetricDescriptor> metrics() {
            return List.of(MetricDescriptor.gauge("constant.value", Unit.NONE, "The configured value."));
        }

        @Override
        public Collector create(CollectorConfig config, CollectorContext context) {
            double value = config.getDouble("value");
            return request -> CollectResult.of(List.of(Gauge.of("constant.value", value, request.at(),
                    Tags.empty())));
        }
    }

    private Yardstick.Builder builder() {
        return Yardstick.builder().workingDirectory(workingDir).addCollectorFactory(new ConstantFactory(),
                        "yardstick.collectors.constant { value = 1 }")
                .console(new PrintStream(console, true, StandardCharsets.UTF_8))
                .config(Map.of("yardstick.collectors.answer", Map.of("type", "constant", "value", 42)));
    }

    @Test
    void configurationFromAConfigAMapHoconAndSetsWithTheLaterWinning() throws InterruptedException {
        try (Yardstick yardstick = builder()
                .config(ConfigFactory.parseString("yardstick.run.parallelism = 3"))
                .hocon("yardstick.run.parallelism = 2\nyardstick.environment = \"staging\"")
                .set("yardstick.collectors.answer.value=7")
                .addSink("memory", points -> { })
                .build()) {
            RunReport report = yardstick.run(RunOptions.all().keepingPoints());

            assertEquals(2, yardstick.startup().config().getInt("yardstick.run.parallelism"));
            assertEquals(7.0, ((Gauge) report.processed().get("answer").get(0)).value());
            assertEquals("staging", report.processed().get("answer").get(0).tags().get("env").orElseThrow());
            assertEquals(RunReport.OK, report.exitCode());
        }
    }

    @Test
    void embeddedDefaultsAreQuietAndARunNoSinkReceivedIsNoSuccess() throws Exception {
        try (Yardstick yardstick = builder().build()) {
            RunReport report = yardstick.run(RunOptions.all());

            assertEquals(RunReport.PARTIAL, report.exitCode());
            assertTrue(report.sinks().containsKey(NoActiveSink.NAME), report.sinks().toString());
            assertEquals("", console.toString(StandardCharsets.UTF_8), "no console table");
            assertFalse(Files.exists(workingDir.resolve("var")), "no outbox");
        }
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectoryNotTheProcesss() throws Exception {
        try (Yardstick yardstick = builder().hocon("yardstick.sinks.outbox { enabled = true, path = \"out/box\" }")
                .build()) {
            RunReport report = yardstick.run(RunOptions.all());

            assertEquals(RunReport.OK, report.exitCode(), report.sinks().toString());
            try (Stream<Path> files = Files.list(workingDir.resolve("out/box"))) {
                assertEquals(1, files.count());
            }
            assertFalse(Files.exists(Path.of("out", "box")), "nothing under the process's directory");
        }
    }

    @Test
    void theCliWayKeepsItsDefaults() {
        Yardstick.Builder cli = Yardstick.builder(new dev.yardstick.runtime.config.ConfigSources(
                java.util.Optional.empty(), List.of("yardstick.sinks.outbox.path=\"out\""), workingDir, Map.of()));
        try (Yardstick yardstick = cli.build()) {
            assertTrue(yardstick.sinks().stream().anyMatch(sink -> sink.sink().name().equals("outbox")));
        }
    }
}
