package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.SpiVersion;
import dev.yardstick.runtime.discovery.PluginJarBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeBootstrapTest {
    private static final ClassLoader APP = RuntimeBootstrapTest.class.getClassLoader();

    @TempDir
    Path dir;

    @Test
    void aMisspeltKeyAWronglyTypedValueAndAMissingSecretAreThreeProblemsWithFileAndLine() {
        StartupException error = assertThrows(StartupException.class,
                () -> start(Fixtures.withConfigFile("bad.conf", dir), Map.of()));

        assertEquals(List.of(
                "config/bad.conf:3: yardstick.run.paralelism: unknown key (did you mean 'parallelism'?)",
                "config/bad.conf:4: yardstick.run.deadline: expected a duration, got 'abc'",
                "config/bad.conf:6: yardstick.datadog.api-key: environment variable YARDSTICK_TEST_MISSING_KEY"
                        + " is not set"),
                List.of(error.getMessage().split("\n")));
        assertEquals(3, error.problems().size());
    }

    @Test
    void collectorAndSinkMistakesAreAllReported() {
        StartupException error = assertThrows(StartupException.class,
                () -> start(Fixtures.withConfigFile("collectors-bad.conf", dir), Map.of()));

        assertEquals(List.of(
                "config/collectors-bad.conf:3: yardstick.collectors.\"nosuch/x\": unknown collector type 'nosuch'"
                        + " (known types: echo, hang, points)",
                "config/collectors-bad.conf:5: yardstick.collectors.\"echo/loud\".mesage: unknown key"
                        + " (did you mean 'message'?)",
                "config/collectors-bad.conf:11: yardstick.sinks.archive.pth: unknown key"
                        + " (did you mean 'path'?)",
                "config/collectors-bad.conf:12: yardstick.sinks.mystery: unknown sink type (set type to one of:"
                        + " console, datadog, jsonl)"),
                error.problems().stream().map(ConfigProblem::render).toList());
    }

    @Test
    void instancesMergeTheirTypesDefaultsAndASecondInstanceOfATypeIsItsOwn() {
        Startup startup = start(Fixtures.withConfigFile("collectors.conf", dir), Map.of());

        assertEquals(List.of("echo", "echo/loud", "quiet"),
                startup.collectors().stream().map(CollectorInstance::id).sorted().toList());
        CollectorInstance loud = instance(startup, "echo/loud");
        assertEquals("echo", loud.type());
        assertTrue(loud.enabled());
        assertEquals(Optional.of(Duration.ofSeconds(30)), loud.timeout());
        assertEquals(Map.of("volume", "high"), loud.tags());
        assertEquals("HELLO", loud.config().getString("message"));
        assertEquals(3, loud.config().getInt("retries"));
        assertEquals("yardstick.collectors.\"echo/loud\"", loud.config().path());
        assertEquals("hello", instance(startup, "echo").config().getString("message"));
        assertEquals(Optional.empty(), instance(startup, "echo").timeout());
        assertFalse(instance(startup, "quiet").enabled(), "a disabled instance's secrets are not resolved");
    }

    @Test
    void theUserMayChangeTheDefaultsOfEveryInstance() {
        ConfigSources sources = new ConfigSources(Optional.empty(),
                List.of("yardstick.collector-defaults.enabled=false", "yardstick.collectors.\"echo/on\".enabled=true",
                        "yardstick.collectors.echo.retries=4"),
                dir, Map.of());

        Startup startup = start(sources, Map.of());

        assertFalse(instance(startup, "echo").enabled());
        assertTrue(instance(startup, "echo/on").enabled());
    }

    @Test
    void aPluginJarInThePluginsDirGivesItsInstancesItsOwnDefaults() throws IOException {
        PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));
        ConfigSources sources = new ConfigSources(Optional.empty(),
                List.of("yardstick.collectors.greeter.enabled=true",
                        "yardstick.collectors.\"greeter/two\".greeting=bonjour"), dir, Map.of());

        Startup startup = start(sources, Map.of());

        assertEquals("hello", instance(startup, "greeter").config().getString("greeting"));
        assertEquals("bonjour", instance(startup, "greeter/two").config().getString("greeting"));
        assertEquals(dir.resolve("plugins").resolve("greeter-plugin.jar").toString(),
                instance(startup, "greeter").factory().origin());
    }

    @Test
    void aPluginsReferenceBlockAloneIsNotAnInstance() throws IOException {
        PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));
        Startup startup = start(new ConfigSources(Optional.empty(), List.of(), dir, Map.of()), Map.of());

        assertEquals(List.of(), startup.collectors(), "installing a plugin starts nothing nobody configured");
        assertTrue(startup.factories().stream().anyMatch(factory -> factory.type().equals("greeter")));
    }

    @Test
    void discoveryProblemsAreReportedWithConfigProblems() throws IOException {
        Path jar = PluginJarBuilder.plugin("future").spiVersion(String.valueOf(SpiVersion.CURRENT + 1))
                .build(dir.resolve("elsewhere"));
        ConfigSources sources = new ConfigSources(Optional.empty(),
                List.of("yardstick.plugins-dir=elsewhere", "yardstick.run.parallelism=many"), dir, Map.of());

        StartupException error = assertThrows(StartupException.class, () -> start(sources, Map.of()));

        assertEquals(List.of(jar + ": built against SPI version " + (SpiVersion.CURRENT + 1)
                + ", but this runtime has SPI version " + SpiVersion.CURRENT,
                "--set yardstick.run.parallelism: yardstick.run.parallelism: expected a number, got 'many'"),
                List.of(error.getMessage().split("\n")));
    }

    private static CollectorInstance instance(Startup startup, String id) {
        return startup.collectors().stream().filter(instance -> instance.id().equals(id)).findFirst().orElseThrow();
    }

    private static Startup start(ConfigSources sources, Map<String, String> environment) {
        return RuntimeBootstrap.start(sources, APP, environment);
    }
}
