package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.discovery.PluginJarBuilder;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.testkit.FakeClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real plugin jar, compiled in the test, dropped into the plugins directory, discovered, run and delivered. */
class PluginJarEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedInPluginJarRunsAndItsPointsReachTheIntake() throws IOException, InterruptedException {
        Path jar = PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));
        FakeClock clock = FakeClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try (Sandbox sandbox = Sandbox.builder().clock(clock).start()) {
            ConfigSources sources = new ConfigSources(Optional.empty(), List.of(
                    "yardstick.datadog.api-url=" + sandbox.intake().baseUrl(),
                    "yardstick.datadog.api-key=k3y-for-test",
                    "yardstick.sinks.outbox.path=" + dir.resolve("outbox"),
                    "yardstick.sinks.datadog.spool.path=" + dir.resolve("spool"),
                    "yardstick.collectors.greeter.greeting=bonjour"), dir, Map.of());
            RunReport report;
            try (Yardstick yardstick = Yardstick.builder(sources).clock(clock).sleeper(clock::sleep).build()) {
                assertEquals(jar.toString(), yardstick.startup().collectors().get(0).factory().origin());
                report = yardstick.run(RunOptions.all());
            }

            assertEquals(0, report.exitCode(), report.toString());
            List<AcceptedPoint> greetings = sandbox.intake().acceptedPoints().stream()
                    .filter(point -> point.metric().equals("plugin.greeter.greeting")).toList();
            assertEquals(1, greetings.size());
            assertEquals(true, greetings.get(0).tags().contains("source:greeter"), greetings.toString());
        }
    }
}
