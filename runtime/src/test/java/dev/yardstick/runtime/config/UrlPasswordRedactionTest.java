package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.Yardstick;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 9: a password in any URL of the configuration never reaches a message, a log or config show. */
class UrlPasswordRedactionTest {
    private static final List<String> PASSWORDS = List.of("dd-proxy-pass", "sink%40pass-word", "sink@pass-word",
            "aws-endpoint-pass", "deadline-pass");

    @TempDir
    Path dir;

    @Test
    void startUpProblemsNeverQuoteAUrlPassword() {
        StartupException error = assertThrows(StartupException.class,
                () -> Yardstick.builder(Fixtures.withConfigFile("url-passwords.conf", dir)).build());

        assertEquals(List.of("config/url-passwords.conf:5: yardstick.run.deadline: expected a duration, got"
                + " 'http://[REDACTED]@nowhere.example'"), error.problems().stream().map(ConfigProblem::render).toList());
        assertNoPassword(error.getMessage());
    }

    @Test
    void configShowCollectorFailuresAndLogLinesHideUserInfo() {
        ConfigSources sources = new ConfigSources(Optional.of(Path.of("config", "url-passwords.conf")),
                List.of("yardstick.run.deadline=12m"), dir, Map.of());
        Fixtures.copy("url-passwords.conf", dir, "config/url-passwords.conf");
        Startup startup = RuntimeBootstrap.start(sources, getClass().getClassLoader(), Map.of());

        String shown = ConfigRenderer.show(startup.config(), startup.redactor());
        assertNoPassword(shown);
        assertTrue(shown.contains("api-url = \"https://[REDACTED]@proxy.example:3128/datadog\""), shown);

        String failure = "java.net.ConnectException: POST http://sink-user:sink%40pass-word@127.0.0.1:9/api/v2/series"
                + " refused; proxy said sink@pass-word is wrong";
        String redacted = startup.redactor().redact(failure);
        assertNoPassword(redacted);
        assertEquals("java.net.ConnectException: POST http://[REDACTED]@127.0.0.1:9/api/v2/series refused;"
                + " proxy said [REDACTED] is wrong", redacted);
        startup.plugins().close();
    }

    private static void assertNoPassword(String text) {
        PASSWORDS.forEach(password -> assertFalse(text.contains(password), password + " leaked:\n" + text));
    }
}
