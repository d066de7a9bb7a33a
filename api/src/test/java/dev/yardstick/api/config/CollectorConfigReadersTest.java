package dev.yardstick.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers every collector shares ({@code getHttpUrl}, {@code getPattern}, {@code getRequiredSecret}). */
class CollectorConfigReadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://api.github.com          | https://api.github.com",
        "https://api.github.com///       | https://api.github.com",
        "http://127.0.0.1:8080/api/v1/   | http://127.0.0.1:8080/api/v1",
    })
    void acceptsHttpRootUrlsWithoutTrailingSlashes(String text, String expected) {
        assertEquals(URI.create(expected), config(Map.of("api-url", text)).getHttpUrl("api-url"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://example.com               | must be an http(s) URL with a host",
        "https:///path                   | must be an http(s) URL with a host",
        "https://example.com/?page=2     | must be an http(s) URL with a host",
        "https://example.com/#top        | must be an http(s) URL with a host",
        "not a url                       | is not a URL",
    })
    void refusesOtherUrlsNamingTheSetting(String text, String problem) {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> config(Map.of("api-url", text)).getHttpUrl("api-url"));
        assertEquals("api-url", error.path());
        assertEquals(true, error.problem().startsWith(problem), error.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "^hotfix/.*     | hotfix/login    | true",
        "(?i)revert     | Revert \"x\"   | true",
        "^release-\\d+$ | release-12a    | false",
    })
    void compilesRegularExpressions(String expression, String input, boolean matches) {
        assertEquals(matches, config(Map.of("p", expression)).getPattern("p").matcher(input).find());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[unclosed  | is not a valid regular expression: Unclosed character class near index 8",
        "(a         | is not a valid regular expression: Unclosed group near index 2",
        "*x         | is not a valid regular expression: Dangling meta character '*' near index 0",
    })
    void refusesInvalidExpressionsSayingWhereTheyBreak(String expression, String problem) {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> config(Map.of("hotfix-pattern", expression)).getPattern("hotfix-pattern"));
        assertEquals("hotfix-pattern", error.path());
        assertEquals(problem, error.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing | a GitHub token is required, e.g. \"secret:env:GITHUB_TOKEN\"",
        "''      | a GitHub token is empty",
    })
    void requiresANonEmptySecret(String value, String problem) {
        Map<String, String> values = "missing".equals(value) ? Map.of() : Map.of("token", value);
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> config(values).getRequiredSecret("token", "a GitHub token", "secret:env:GITHUB_TOKEN"));
        assertEquals("token", error.path());
        assertEquals(problem, error.problem());
    }

    @org.junit.jupiter.api.Test
    void returnsAPresentSecret() {
        assertEquals("ghp_x", config(Map.of("token", "ghp_x"))
                .getRequiredSecret("token", "a GitHub token", "secret:env:GITHUB_TOKEN").reveal());
    }

    private static CollectorConfig config(Map<String, String> values) {
        return new StringConfig(values);
    }

    /** The smallest host: string settings only, secrets taken literally. */
    private record StringConfig(Map<String, String> values) implements CollectorConfig {
        @Override
        public String id() {
            return "test";
        }

        @Override
        public String path() {
            return "yardstick.collectors.test";
        }

        @Override
        public boolean hasPath(String path) {
            return values.containsKey(path);
        }

        @Override
        public String getString(String path) {
            if (!values.containsKey(path)) {
                throw invalid(path, "is missing");
            }
            return values.get(path);
        }

        @Override
        public int getInt(String path) {
            return Integer.parseInt(getString(path));
        }

        @Override
        public long getLong(String path) {
            return Long.parseLong(getString(path));
        }

        @Override
        public double getDouble(String path) {
            return Double.parseDouble(getString(path));
        }

        @Override
        public boolean getBoolean(String path) {
            return Boolean.parseBoolean(getString(path));
        }

        @Override
        public Duration getDuration(String path) {
            return Duration.parse(getString(path));
        }

        @Override
        public List<String> getStringList(String path) {
            return List.of(getString(path).split(","));
        }

        @Override
        public Secret getSecret(String path) {
            return Secret.of(getString(path));
        }

        @Override
        public CollectorConfig getConfig(String path) {
            throw invalid(path, "nested blocks are not supported here");
        }

        @Override
        public Set<String> keys() {
            return values.keySet();
        }

        @Override
        public ConfigurationException invalid(String path, String problem) {
            return new ConfigurationException(path, problem);
        }
    }
}
