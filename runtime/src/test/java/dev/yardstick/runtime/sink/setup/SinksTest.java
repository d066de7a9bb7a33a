package dev.yardstick.runtime.sink.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.ConsoleSink;
import dev.yardstick.runtime.sink.JsonlSink;
import dev.yardstick.runtime.sink.datadog.DatadogSink;
import dev.yardstick.testkit.FakeClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SinksTest {
    private static final SecretResolver SECRETS = reference -> Secret.of(reference.replace("secret:env:", "v-"));
    private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-01T12:00:00Z"));
    private final PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void withoutAnApiKeyTheOutboxAndConsoleAreActive() {
        List<ConfiguredSink> sinks = create("yardstick.datadog.api-key = null");
        assertEquals(List.of("console", "outbox"), names(sinks));
        assertTrue(sinks.stream().anyMatch(sink -> sink.sink() instanceof JsonlSink));
        assertTrue(sinks.stream().anyMatch(sink -> sink.sink() instanceof ConsoleSink));
    }

    @Test
    void withAnApiKeyDatadogReplacesTheConsole() {
        List<ConfiguredSink> sinks = create("yardstick.datadog.api-key = \"secret:env:DD_API_KEY\"\n"
                + "yardstick.environment = production\n"
                + "yardstick.sinks.datadog.environments = [production]");
        assertTrue(sinks.get(0).sink() instanceof DatadogSink);
        assertEquals(Set.of("production"), sinks.get(0).environments());
        assertTrue(sinks.get(0).accepts("production"));
        sinks.forEach(sink -> sink.sink().close());
    }

    static Stream<Arguments> selections() {
        String key = "yardstick.datadog.api-key = \"secret:env:DD_API_KEY\"\n";
        return Stream.of(
                Arguments.of("datadog for this environment replaces the auto console",
                        key + "yardstick.environment = production\nyardstick.sinks.datadog.environments = [production]",
                        List.of("datadog", "outbox"),
                        List.of("console: enabled = auto and datadog sink 'datadog' receives this run")),
                Arguments.of("datadog for other environments is inactive and the auto console turns on",
                        key + "yardstick.sinks.datadog.environments = [production, staging]",
                        List.of("console", "outbox"), List.of("datadog: environments [production, staging] exclude"
                                + " this run's environment 'development'")),
                Arguments.of("every inactive sink says why", "yardstick.datadog.api-key = null\n"
                                + "yardstick.sinks.outbox.enabled = false\n"
                                + "yardstick.sinks.console.environments = [production]", List.of(),
                        List.of("datadog: no API key configured (yardstick.datadog.api-key)",
                                "outbox: enabled = false",
                                "console: environments [production] exclude this run's environment 'development'")),
                Arguments.of("an extra sink inherits the defaults of its type", "yardstick.datadog.api-key = null\n"
                                + "yardstick.sinks.\"jsonl/archive\" { path = \"var/archive\" }\n"
                                + "yardstick.sinks.console.enabled = false", List.of("jsonl/archive", "outbox"),
                        List.of("datadog: no API key configured (yardstick.datadog.api-key)",
                                "console: enabled = false")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selections")
    void selectsTheSinksReceivingThisRun(String name, String overrides, List<String> active, List<String> inactive) {
        SinkSelection selection = select("yardstick.environment = development\n" + overrides);
        try {
            assertEquals(active, names(selection.active()));
            assertEquals(inactive, selection.inactive().stream().map(sink -> sink.name() + ": " + sink.reason())
                    .toList());
        } finally {
            selection.active().forEach(sink -> sink.sink().close());
        }
    }

    @Test
    void anUnknownSiteIsRejectedAtStartUp() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> create(
                "yardstick.datadog { api-key = abc, site = datadoghq.moon }"));
        assertEquals("yardstick.datadog.site", e.path());
        assertTrue(e.getMessage().contains("datadoghq.eu"), e.getMessage());
    }

    @Test
    void badValuesNameTheirPath() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> create(
                "yardstick.sinks.datadog.max-retries = lots"));
        assertEquals("yardstick.sinks.datadog.max-retries", e.path());
        ConfigurationException type = assertThrows(ConfigurationException.class, () -> create(
                "yardstick.sinks.kafka { type = kafka }"));
        assertEquals("yardstick.sinks.kafka.type", type.path());
    }

    private List<ConfiguredSink> create(String overrides) {
        return select(overrides).active();
    }

    private SinkSelection select(String overrides) {
        Config config = ConfigFactory.parseString(overrides)
                .withFallback(ConfigFactory.parseResources(Sinks.class.getClassLoader(), "reference.conf"))
                .resolve();
        return Sinks.create(config.getConfig("yardstick"), SECRETS, clock, clock::sleep, console);
    }

    private static List<String> names(List<ConfiguredSink> sinks) {
        return sinks.stream().map(sink -> sink.sink().name()).sorted().toList();
    }
}
