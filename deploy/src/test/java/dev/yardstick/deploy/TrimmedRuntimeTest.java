package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the container image's Yardstick home with deploy/runtime/build-home.sh (jdeps, jlink, layout, AppCDS
 * training) and runs the demo on the trimmed runtime, the way the image runs it, without a container engine.
 */
class TrimmedRuntimeTest {
    private static final Path TARGET = Processes.configuredPath("yardstick.target.dir");
    private static final Path HOME = TARGET.resolve("yardstick-home");
    private static final Path DATA = TARGET.resolve("yardstick-data");

    @BeforeAll
    static void buildHome() {
        // The JDK running the tests builds the runtime (it has jlink and jmods; the script says so if not).
        Processes.Result build = Processes.run(Helm.DEPLOY, Map.of("JAVA_HOME", System.getProperty("java.home")),
                900, List.of("sh", Helm.DEPLOY.resolve("runtime/build-home.sh").toString(), "--dist",
                        Distribution.dir().toString(), "--out", HOME.toString(), "--data-dir", DATA.toString()));
        assertEquals(0, build.exitCode(), build::describe);
    }

    @Test
    void runtimeHoldsOnlyTheModulesTheDistributionNeeds() throws Exception {
        Set<String> modules = modules();
        assertTrue(modules.containsAll(Set.of("java.base", "java.net.http", "jdk.crypto.ec", "jdk.zipfs")),
                modules::toString);
        for (String unused : List.of("jdk.compiler", "jdk.jshell", "jdk.javadoc", "jdk.jlink", "jdk.jpackage")) {
            assertFalse(modules.contains(unused), unused);
        }
        assertTrue(Files.isDirectory(HOME.resolve("plugins")));
        assertTrue(Files.size(HOME.resolve("yardstick.jsa")) > 0);
        String conf = Files.readString(HOME.resolve("config/application.conf"));
        for (String path : List.of("spool", "outbox", "http-cache/etags.json")) {
            assertTrue(conf.contains("\"" + DATA + "/" + path + "\""), conf);
        }
    }

    @Test
    void demoRunsOnTheTrimmedRuntimeWithTheSharedArchive() {
        // -Xshare:on fails the start when the AppCDS archive does not match the runtime and jars.
        Processes.Result demo = Processes.run(HOME, Map.of("YARDSTICK_JAVA_OPTS", "-Xshare:on -XX:MaxRAM=384m"), 300,
                List.of(HOME.resolve("bin/yardstick").toString(), "demo"));
        assertEquals(0, demo.exitCode(), demo::describe);
        assertTrue(demo.stdout().contains("rejected 0 request(s)"), demo::describe);
        assertTrue(demo.stdout().lines().anyMatch(line -> line.startsWith("github") && line.contains("SUCCESS")),
                demo::describe);
        assertTrue(Files.isDirectory(DATA.resolve("tmp")), "java.io.tmpdir lives under the data directory");
        assertTrue(Files.isRegularFile(DATA.resolve("http-cache/etags.json")), "the HTTP cache lives there too");
    }

    private static Set<String> modules() throws Exception {
        String release = Files.readString(HOME.resolve("runtime/release"));
        String line = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        return new TreeSet<>(Arrays.asList(line.substring("MODULES=".length()).replace("\"", "").split(" ")));
    }
}
