package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.secrets.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
    private static final List<String> SECRET_VALUES = List.of("dd-api-key-value", "file-token-value",
            "literal-credential-value", "tag-token-literal");

    @TempDir
    Path dir;

    private Startup startup;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("token.txt"), "file-token-value\n");
        startup = RuntimeBootstrap.start(Fixtures.withConfigFile("secrets.conf", dir), getClass().getClassLoader(),
                Map.of("TEST_DD_KEY", "dd-api-key-value"));
    }

    @Test
    void configShowHidesSecretValuesButShowsReferencesAndOrigins() {
        String shown = ConfigRenderer.show(startup.config(), startup.redactor());

        SECRET_VALUES.forEach(value -> assertFalse(shown.contains(value), value + " leaked:\n" + shown));
        assertTrue(shown.contains("api-key = \"secret:env:TEST_DD_KEY\"  # config/secrets.conf:2"), shown);
        assertTrue(shown.contains("credentials = \"[REDACTED]\"  # config/secrets.conf:5"), shown);
        assertTrue(shown.contains("github-token = \"[REDACTED]\""), shown);
        assertTrue(shown.contains("parallelism = 4  # reference.conf:"), shown);
        assertTrue(shown.startsWith("yardstick {\n"), shown);
    }

    @Test
    void redactReplacesEveryResolvedAndLiteralSecret() {
        String text = "GET with dd-api-key-value then file-token-value, literal-credential-value, tag-token-literal";

        assertEquals("GET with [REDACTED] then [REDACTED], [REDACTED], [REDACTED]", startup.redactor().redact(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "yardstick.datadog.api-key,                      true",
        "yardstick.datadog.app-key,                      true",
        "yardstick.collectors.echo.credentials,          true",
        "yardstick.collectors.\"echo/x\".credentials,    false",
        "yardstick.collectors.github.token,              true",
        "yardstick.collectors.asana.access-token,        true",
        "yardstick.collectors.wandb.password,            true",
        "yardstick.sinks.datadog.client-secret,          true",
        "yardstick.collectors.echo.message,              false",
        "yardstick.secrets.aws.region,                   false",
        "yardstick.pipeline.max-series-per-metric,       false",
    })
    void secretPathsAreDeclaredOrNamedLikeSecrets(String path, boolean secret) {
        assertEquals(secret, startup.redactor().isSecretPath(path));
    }

    @Test
    void shortValuesAreLeftAloneAndLaterResolvedSecretsAreCovered() {
        Redactor redactor = new Redactor(Set.of(), () -> Set.of("abc", "later-secret"));

        assertEquals("abc [REDACTED]", redactor.redact("abc later-secret"));
    }
}
