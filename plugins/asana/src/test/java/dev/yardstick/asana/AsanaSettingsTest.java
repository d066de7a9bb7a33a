package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsanaSettingsTest {
    private static final String VALID = "token = \"secret:env:ASANA_TOKEN\"\nworkspace = \"1209016784099267\"\n";

    @Test
    void defaultsComeFromReferenceConf() {
        AsanaSettings settings = AsanaSettings.from(config(VALID));
        assertEquals("https://app.asana.com/api/1.0", settings.apiUrl().toString());
        assertEquals("1209016784099267", settings.workspace());
        assertEquals(Optional.empty(), settings.bugsProject());
        assertEquals("(?i)triage", settings.sectionPatterns().triage().pattern());
        assertEquals("(?i)active", settings.sectionPatterns().active().pattern());
        assertEquals("(?i)backlog", settings.sectionPatterns().backlog().pattern());
        assertEquals("[REDACTED]", settings.token().toString());
    }

    @Test
    void gidsMayBeWrittenAsNumbersOrStrings() {
        AsanaSettings settings = AsanaSettings.from(config("token = \"secret:env:ASANA_TOKEN\"\n"
                + "workspace = 1209016784099267\nbugs-project = \" 1210062854657778 \"\napi-url = \"http://x:1/\""));
        assertEquals("1209016784099267", settings.workspace());
        assertEquals(Optional.of("1210062854657778"), settings.bugsProject());
        assertEquals("http://x:1", settings.apiUrl().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "workspace = null                             | workspace | workspace is required",
        "workspace = \"acme\"                         | workspace | 'acme' is not an Asana gid",
        "workspace = \"12-34\"                        | workspace | not an Asana gid",
        "bugs-project = \"https://app.asana.com/0/1\" | bugs-project | not an Asana gid",
        "bugs-project = \"\"                          | bugs-project | not an Asana gid",
        "section-patterns.triage = \"(unclosed\"      | section-patterns.triage | not a valid regular expression",
        "section-patterns.backlog = \"[\"             | section-patterns.backlog | not a valid regular expression",
        "api-url = \"ftp://example.com\"              | api-url | http(s) URL",
        "api-url = \"not a url\"                      | api-url | not a URL",
        "token = null                                 | token | token is required",
        "token = \"\"                                 | token | empty"})
    void invalidSettingsFailEagerlyNamingTheKey(String override, String key, String problem) {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> AsanaSettings.from(config(VALID + override)));
        assertEquals("yardstick.collectors.asana." + key, error.path());
        assertEquals(true, error.getMessage().contains(problem), error.getMessage());
        assertFalse(error.getMessage().contains("t0ken-value"), "no secret in messages");
    }

    private static TestCollectorConfig config(String hocon) {
        return TestCollectorConfig.of("asana", hocon, AsanaSettingsTest.class.getClassLoader(),
                new MapSecretResolver(Map.of("secret:env:ASANA_TOKEN", "t0ken-value")));
    }
}
