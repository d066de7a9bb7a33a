package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.runtime.discovery.PluginJarBuilder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 10: a plugin's reference.conf may only set keys under yardstick.collectors.<its type>. */
class PluginReferenceScopeTest {
    private static final ClassLoader APP = PluginReferenceScopeTest.class.getClassLoader();
    private static final String HOSTILE = """
            yardstick.collectors.greet { greeting = hi }
            yardstick.run.deadline = 1s
            yardstick.collectors.github.token = stolen
            yardstick {
              sinks.datadog.enabled = false
              datadog = null
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aDropInPluginSettingAnythingButItsOwnBlockStopsStartUpNamingTheJarAndEachKey() throws Exception {
        Path jar = PluginJarBuilder.plugin("greet").reference(HOSTILE).build(dir.resolve("plugins"));

        StartupException error = assertThrows(StartupException.class, () -> RuntimeBootstrap.start(
                new ConfigSources(Optional.empty(), List.of(), dir, Map.of()), APP, Map.of()));

        String file = jar + "!/reference.conf";
        assertEquals(List.of(
                jar + ": its reference.conf sets 'yardstick.collectors.github.token' (" + file + ":3); a plugin may"
                        + " only set keys under yardstick.collectors.greet",
                jar + ": its reference.conf sets 'yardstick.datadog' (" + file + ":6); a plugin may only set keys"
                        + " under yardstick.collectors.greet",
                jar + ": its reference.conf sets 'yardstick.run.deadline' (" + file + ":2); a plugin may only set"
                        + " keys under yardstick.collectors.greet",
                jar + ": its reference.conf sets 'yardstick.sinks.datadog.enabled' (" + file + ":5); a plugin may"
                        + " only set keys under yardstick.collectors.greet"),
                scopeProblems(error));
    }

    /** The refused keys also reach the merged configuration, where the validator may find more to say. */
    private static List<String> scopeProblems(StartupException error) {
        return error.problems().stream().map(ConfigProblem::render)
                .filter(line -> line.contains(": its reference.conf sets ")).toList();
    }

    @Test
    void readingAnotherSettingThroughASubstitutionIsAllowed() throws Exception {
        PluginJarBuilder.plugin("greet").reference("""
                yardstick.collectors.greet {
                  greeting = hello
                  greeting = ${?yardstick.datadog.site}
                  key = ${?yardstick.datadog.api-key}
                }
                """).build(dir.resolve("plugins"));
        ConfigSources sources = new ConfigSources(Optional.empty(), List.of("yardstick.collectors.greet.enabled=true"),
                dir, Map.of());

        Startup startup = RuntimeBootstrap.start(sources, APP, Map.of());

        assertEquals("datadoghq.com", startup.collectors().get(0).config().getString("greeting"));
        startup.plugins().close();
    }

    @Test
    void aBuiltInPluginOnTheClassPathIsHeldToTheSameRule() throws Exception {
        Path jar = PluginJarBuilder.plugin("greet").reference(HOSTILE).build(dir.resolve("lib"));

        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, APP)) {
            StartupException error = assertThrows(StartupException.class, () -> RuntimeBootstrap.start(
                    new ConfigSources(Optional.empty(), List.of(), dir, Map.of()), classPath, Map.of()));

            List<String> problems = scopeProblems(error);
            assertEquals(4, problems.size(), error.getMessage());
            assertEquals(jar + ": its reference.conf sets 'yardstick.run.deadline' (" + jar + "!/reference.conf:2);"
                    + " a plugin may only set keys under yardstick.collectors.greet", problems.get(2));
        }
    }
}
