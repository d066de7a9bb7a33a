package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GithubSettingsTest {
    private static final String VALID = "token = \"secret:env:GITHUB_TOKEN\"\nrepos = [\"acme/widgets\", \"Acme-2/x.y_z\"]\n";

    @Test
    void defaultsComeFromReferenceConf() {
        GithubSettings settings = GithubSettings.from(config(VALID));
        assertEquals("https://api.github.com", settings.apiUrl().toString());
        assertEquals(List.of(new RepoName("acme", "widgets"), new RepoName("Acme-2", "x.y_z")), settings.repos());
        assertEquals(Duration.ofDays(14), settings.staleAfter());
        assertEquals(100, settings.rateLimitFloor());
        assertTrue(settings.forceMergePattern().matcher("Force-Push to main").find());
        assertTrue(settings.testWorkflowPattern().matcher("anything").find());
        assertEquals("[REDACTED]", settings.token().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "repos = []                                  | repos | at least one",
        "repos = [\"widgets\"]                       | repos | 'widgets' is not of the form owner/name",
        "repos = [\"a/b/c\"]                         | repos | 'a/b/c'",
        "repos = [\"a/b\", \"a/b\"]                  | repos | listed twice",
        "hotfix-pattern = \"(unclosed\"              | hotfix-pattern | not a valid regular expression",
        "test-workflow-pattern = \"[\"               | test-workflow-pattern | not a valid regular expression",
        "api-url = \"ftp://example.com\"             | api-url | http(s) URL",
        "api-url = \"not a url\"                     | api-url | not a URL",
        "stale-after = 0d                            | stale-after | positive",
        "rate-limit-floor = -1                       | rate-limit-floor | 0 or more",
        "token = null                                | token | token is required",
        "token = \"\"                                | token | empty"})
    void invalidSettingsFailEagerlyNamingTheKey(String override, String key, String problem) {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> GithubSettings.from(config(VALID + override)));
        assertEquals("yardstick.collectors.github." + key, error.path());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertFalse(error.getMessage().contains("t0ken-value"), "no secret in messages");
    }

    @Test
    void anEnterpriseApiRootKeepsItsPath() {
        GithubSettings settings = GithubSettings.from(config(VALID + "api-url = \"https://ghe.example/api/v3/\""));
        assertEquals("https://ghe.example/api/v3", settings.apiUrl().toString());
    }

    private static TestCollectorConfig config(String hocon) {
        return TestCollectorConfig.of("github", hocon, GithubSettingsTest.class.getClassLoader(),
                new MapSecretResolver(Map.of("secret:env:GITHUB_TOKEN", "t0ken-value")));
    }
}
