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
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of("datadog", "outbox"), names(sinks));
        assertTrue(sinks.get(0).sink() instanceof DatadogSink);
        assertEquals(Set.of("production"), sinks.get(0).environments());
        assertTrue(sinks.get(0).accepts("production"));
        sinks.forEach(sink -> sink.sink().close());
    }

    @Test
    void aDatadogSinkForOtherEnvironmentsIsInactiveAndTheAutoConsoleTurnsOn() {
        SinkSelection selection = select("yardstick.datadog.api-key = \"secret:env:DD_API_KEY\"\n"
                + "yardstick.environment = development\n"
                + "yardstick.sinks.datadog.environments = [production, staging]");
        assertEquals(List.of("console", "outbox"), names(selection.active()));
        assertEquals(List.of(new InactiveSink("datadog",
                "environments [production, staging] exclude this run's environment 'development'")),
                selection.inactive());
    }

    @Test
    void everyInactiveSinkSaysWhy() {
        SinkSelection selection = select("yardstick.datadog.api-key = null\n"
                + "yardstick.sinks.outbox.enabled = false\n"
                + "yardstick.sinks.console.environments = [production]");
        assertEquals(List.of(), selection.active());
        assertEquals(List.of("datadog: no API key configured (yardstick.datadog.api-key)", "outbox: enabled = false",
                "console: environments [production] exclude this run's environment 'development'"),
                selection.inactive().stream().map(InactiveSink::render).toList());
        SinkSelection receiving = select("yardstick.datadog.api-key = abc");
        assertEquals("console: enabled = auto and datadog sink 'datadog' receives this run",
                receiving.inactive().get(0).render());
        receiving.active().forEach(sink -> sink.sink().close());
    }

    @Test
    void anExtraSinkInheritsTheDefaultsOfItsType() {
        List<ConfiguredSink> sinks = create("yardstick.datadog.api-key = null\n"
                + "yardstick.sinks.\"jsonl/archive\" { path = \"var/archive\" }\n"
                + "yardstick.sinks.console.enabled = false");
        assertEquals(List.of("jsonl/archive", "outbox"), names(sinks));
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
