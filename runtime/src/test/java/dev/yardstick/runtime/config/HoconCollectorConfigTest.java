package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.hocon.HoconCollectorConfig;
import dev.yardstick.runtime.secrets.AwsSecretsSettings;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoconCollectorConfigTest {
    private static final String BLOCK = String.join("\n",
            "name = widgets",
            "count = 3",
            "ratio = 0.5",
            "on = true",
            "window = 7d",
            "repos = [a, b]",
            "bad-window = abc",
            "token = \"secret:env:TOKEN\"",
            "missing-token = \"secret:env:ABSENT\"",
            "nested { depth = 2 }",
            "nothing = null",
            "api-token-literal = hunter22",
            "rules = [{type = ptm, match = x}, {type = sweep}]");

    private final CollectorConfig view = new HoconCollectorConfig("github/oss", "yardstick.collectors.\"github/oss\"",
            ConfigFactory.parseString(BLOCK, ConfigParseOptions.defaults().setOriginDescription("config/app.conf")),
            new SecretReferences(Map.of("TOKEN", "tok-value"), Path.of("."),
                    new AwsSecretsSettings(Optional.empty(), Optional.empty())));

    @Test
    void aPluginRejectingANullValueGetsItsOriginNotACrash() {
        ConfigurationException e = view.invalid("nothing", "a value is required");
        assertEquals("config/app.conf:11", e.origin());
        assertEquals("yardstick.collectors.\"github/oss\".nothing", e.path());
        assertEquals("a value is required", e.problem());
    }

    @Test
    void typedGettersReadTheBlock() {
        assertEquals("widgets", view.getString("name"));
        assertEquals(3, view.getInt("count"));
        assertEquals(3L, view.getLong("count"));
        assertEquals(0.5, view.getDouble("ratio"));
        assertTrue(view.getBoolean("on"));
        assertEquals(Duration.ofDays(7), view.getDuration("window"));
        assertEquals(List.of("a", "b"), view.getStringList("repos"));
        assertEquals("tok-value", view.getSecret("token").reveal());
        assertEquals(2, view.getConfig("nested").getInt("depth"));
        assertEquals("yardstick.collectors.\"github/oss\".nested", view.getConfig("nested").path());
        assertFalse(view.hasPath("nothing"));
        assertTrue(view.keys().containsAll(Set.of("name", "nested")));
        assertEquals("github/oss", view.id());
    }

    @Test
    void listsOfObjectsAreReadAsBlocksNamedByIndex() {
        List<CollectorConfig> rules = view.getConfigList("rules");

        assertEquals(2, rules.size());
        assertEquals("sweep", rules.get(1).getString("type"));
        assertEquals("yardstick.collectors.\"github/oss\".rules[1]", rules.get(1).path());
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> rules.get(1).getString("match"));
        assertEquals("config/app.conf:13: yardstick.collectors.\"github/oss\".rules[1].match: is missing "
                + "(expected a string)", missing.getMessage());
        ConfigurationException notObjects = assertThrows(ConfigurationException.class,
                () -> view.getConfigList("repos"));
        assertTrue(notObjects.getMessage().contains("expected a list of objects"), notObjects.getMessage());
    }

    static Stream<Arguments> errors() {
        String path = "yardstick.collectors.\"github/oss\".";
        return Stream.of(
                Arguments.of((Consumer<CollectorConfig>) v -> v.getDuration("bad-window"), path + "bad-window",
                        "config/app.conf:7: " + path + "bad-window: expected a duration, got 'abc'"),
                Arguments.of((Consumer<CollectorConfig>) v -> v.getInt("name"), path + "name",
                        "config/app.conf:1: " + path + "name: expected an int, got 'widgets'"),
                Arguments.of((Consumer<CollectorConfig>) v -> v.getString("absent"), path + "absent",
                        "config/app.conf:1: " + path + "absent: is missing (expected a string)"),
                Arguments.of((Consumer<CollectorConfig>) v -> v.getInt("api-token-literal"), path + "api-token-literal",
                        "config/app.conf:12: " + path + "api-token-literal: expected an int, got a value (hidden)"),
                Arguments.of((Consumer<CollectorConfig>) v -> v.getSecret("missing-token"), path + "missing-token",
                        "config/app.conf:9: " + path + "missing-token: environment variable ABSENT is not set"),
                Arguments.of((Consumer<CollectorConfig>) v -> {
                    throw v.invalid("count", "must be below 3");
                }, path + "count", "config/app.conf:2: " + path + "count: must be below 3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void errorsNameTheOriginAndTheFullPath(Consumer<CollectorConfig> read, String path, String message) {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> read.accept(view));

        assertEquals(path, error.path());
        assertEquals(message, error.getMessage());
    }
}
