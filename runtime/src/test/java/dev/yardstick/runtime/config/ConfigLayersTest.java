package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.yardstick.hocon.Origins;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLayersTest {
    private static final ClassLoader APP = ConfigLayersTest.class.getClassLoader();
    private static final String MESSAGE = "yardstick.collectors.echo.message";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource({
        "reference only,        false, false, false, hello",
        "application.conf,      true,  false, false, from-application",
        "--config over app,     true,  true,  false, from-config-file",
        "-D over --config,      true,  true,  true,  from-system-property",
    })
    void eachLayerOverridesTheOneBelow(String name, boolean application, boolean configFile, boolean property,
            String expected) {
        if (application) {
            Fixtures.copy("application.conf", dir, ConfigLayers.APPLICATION_FILE);
        }
        if (configFile) {
            Fixtures.copy("precedence.conf", dir, "precedence.conf");
        }
        Optional<Path> file = configFile ? Optional.of(Path.of("precedence.conf")) : Optional.empty();
        ConfigSources sources = new ConfigSources(file,
                List.of(), dir, property ? Map.of(MESSAGE, "from-system-property") : Map.of());

        assertEquals(expected, load(sources).getString(MESSAGE));
    }

    @Test
    void setFlagsWinOverEverything() {
        Fixtures.copy("application.conf", dir, ConfigLayers.APPLICATION_FILE);
        Fixtures.copy("precedence.conf", dir, "precedence.conf");
        ConfigSources sources = new ConfigSources(Optional.of(Path.of("precedence.conf")),
                List.of(MESSAGE + "=first", MESSAGE + "=from-set"), dir, Map.of(MESSAGE, "from-system-property"));

        Config config = load(sources);

        assertEquals("from-set", config.getString(MESSAGE));
        assertEquals("--set " + MESSAGE, Origins.describe(config.getValue(MESSAGE).origin()));
    }

    @Test
    void pluginReferencesSitBetweenTheApplicationFileAndTheRuntimeReference() {
        Config plugin = ConfigFactory.parseString("yardstick.run.parallelism = 5\nyardstick.run.every = 1m");
        Fixtures.copy("application.conf", dir, ConfigLayers.APPLICATION_FILE);
        ConfigSources sources = new ConfigSources(Optional.empty(),
                List.of("yardstick.run.every=2m"), dir, Map.of());

        LoadedConfig loaded = ConfigLayers.load(sources, List.of(plugin), APP);

        assertEquals(5, loaded.config().getInt("yardstick.run.parallelism"));
        assertEquals(Duration.ofMinutes(2), loaded.config().getDuration("yardstick.run.every"));
        assertEquals(Duration.ofMinutes(1), loaded.reference().getDuration("yardstick.run.every"));
    }

    static Stream<Arguments> setValues() {
        return Stream.of(
                Arguments.of("yardstick.run.parallelism=8", read(c -> c.getInt("yardstick.run.parallelism")), 8),
                Arguments.of("yardstick.run.deadline=5m", read(c -> c.getDuration("yardstick.run.deadline")),
                        Duration.ofMinutes(5)),
                Arguments.of("yardstick.http.cache.enabled=false",
                        read(c -> c.getBoolean("yardstick.http.cache.enabled")),
                        false),
                Arguments.of("yardstick.pipeline.tags={team=platform}",
                        read(c -> c.getString("yardstick.pipeline.tags.team") + "+"
                                + c.getString("yardstick.pipeline.tags.service")), "platform+yardstick"),
                Arguments.of("yardstick.sinks.outbox.environments=[prod, staging]",
                        read(c -> c.getStringList("yardstick.sinks.outbox.environments")), List.of("prod", "staging")),
                Arguments.of("yardstick.environment=\"quoted # value\"",
                        read(c -> c.getString("yardstick.environment")),
                        "quoted # value"),
                Arguments.of("yardstick.environment=a=b", read(c -> c.getString("yardstick.environment")), "a=b"),
                Arguments.of("yardstick.environment=plain {not hocon", read(c -> c.getString("yardstick.environment")),
                        "plain {not hocon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setValues")
    void setValuesAreHoconOnlyWhenTheyStartWithABracketOrQuote(String set, Function<Config, Object> read,
            Object expected) {
        ConfigSources sources = new ConfigSources(Optional.empty(), List.of(set), dir, Map.of());

        assertEquals(expected, read.apply(load(sources)));
    }

    @Test
    void badFlagsAndMissingFilesAreProblemsNotExceptions() {
        ConfigSources sources = new ConfigSources(Optional.of(Path.of("missing.conf")),
                List.of("no-equals-sign", "yardstick.run.parallelism={broken"), dir, Map.of());

        List<String> problems = new ArrayList<>();
        ConfigLayers.load(sources, List.of(), APP).problems().forEach(problem -> problems.add(problem.render()));

        assertEquals(3, problems.size(), problems.toString());
        assertEquals("--set no-equals-sign: expected path=value", problems.get(0));
        assertEquals("missing.conf: configuration file not found", problems.get(2));
    }

    private static Function<Config, Object> read(Function<Config, Object> reader) {
        return reader;
    }

    private static Config load(ConfigSources sources) {
        LoadedConfig loaded = ConfigLayers.load(sources, List.of(), APP);
        assertEquals(List.of(), loaded.problems());
        return loaded.config();
    }
}
