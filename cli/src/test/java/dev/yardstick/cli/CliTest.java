package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine line = Main.commandLineFor(args);
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = line.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path fixture(String name) {
        try {
            return Path.of(CliTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void configCheckReportsEveryProblemWithFileAndLineAndExits2() {
        Result result = run("config", "check", "--config", fixture("bad.conf").toString());

        assertEquals(2, result.exitCode(), result.err());
        List<String> problems = result.err().lines().filter(line -> line.contains("bad.conf:")).toList();
        assertEquals(3, problems.size(), result.err());
        assertTrue(result.err().contains("bad.conf:3"), result.err());
        assertTrue(result.err().contains("parallelism"), "suggests the nearest key: " + result.err());
        assertTrue(result.err().contains("bad.conf:6"), result.err());
        assertTrue(result.err().contains("bad.conf:9"), result.err());
        assertTrue(result.err().contains("YARDSTICK_TEST_SECRET_THAT_IS_NOT_SET"), result.err());
    }

    @Test
    void badDashboardsRetrySettingsStopTheCommandNamingTheKey() {
        for (String[] bad : List.of(new String[] {"max-attempts=0", "must be at least 1, got 0"},
                new String[] {"budget=0s", "budget"}, new String[] {"backoff-initial=soon", "backoff-initial"})) {
            Result result = run("dashboards", "plan", "--set", "yardstick.datadog.api-retry." + bad[0],
                    "--set", "yardstick.datadog.api-key=some-key-value", "--set", "yardstick.datadog.app-key=app-value");

            assertEquals(2, result.exitCode(), result.err());
            assertTrue(result.err().contains("yardstick.datadog.api-retry."), result.err());
            assertTrue(result.err().contains(bad[1]), result.err());
        }
    }

    @Test
    void invalidSinkAndCollectorSettingsAreStartupProblemsToo() {
        Result result = run("config", "check", "--set", "yardstick.sinks.datadog.compression=brotli",
                "--set", "yardstick.datadog.api-key=some-key-value", "--set", "yardstick.collectors.github.repos=[]",
                "--set", "yardstick.collectors.github.token=t0k3n-value");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("yardstick.sinks.datadog.compression: must be gzip, deflate or none"),
                result.err());
        assertTrue(result.err().contains("yardstick.collectors.github.repos"), result.err());
        assertFalse(result.err().contains("t0k3n-value") || result.err().contains("some-key-value"), result.err());
    }

    @Test
    void configShowRedactsSecrets() {
        Result result = run("config", "show", "--set", "yardstick.datadog.api-key=plain-text-key-123");

        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("plain-text-key-123"), result.out());
        assertTrue(result.out().contains("[REDACTED]"), result.out());
    }

    @Test
    void configShowMarksPluginDefaultsAndNamesEachReferenceFile() {
        Result result = run("config", "show", "--set", "yardstick.collectors.github.repos=[\"acme/widgets\"]",
                "--set", "yardstick.collectors.github.token=t0k3n-value");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.contains("    github {"), "a configured instance: " + result.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("    asana {  # plugin defaults")), result.out());
        // the jar holding each reference.conf, or its module's classes directory in a development build
        assertTrue(lines.stream().anyMatch(line -> line.contains("# reference.conf:")
                && (line.contains("(asana/target/classes)") || line.contains("(yardstick-plugin-asana-"))),
                result.out());
        assertTrue(lines.stream().anyMatch(line -> line.contains("parallelism = 4")
                && (line.contains("(runtime/target/classes)") || line.contains("(yardstick-runtime-"))), result.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        assertEquals(2, run("run", "--no-such-option").exitCode());
    }

    @Test
    void metricsCatalogListsSelfTelemetry() {
        Result result = run("metrics", "catalog");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("yardstick.collector.success"), result.out());
        assertTrue(result.out().startsWith("SOURCE"), "a header row first: " + result.out());
    }

    @Test
    void metricsCatalogAsJson() throws Exception {
        Result result = run("metrics", "catalog", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out());
        assertTrue(array.size() > 50, result.out());
        com.fasterxml.jackson.databind.JsonNode success = java.util.stream.StreamSupport
                .stream(array.spliterator(), false)
                .filter(node -> node.get("metric").asText().equals("yardstick.collector.success"))
                .findFirst().orElseThrow();
        assertEquals("yardstick", success.get("source").asText());
        assertEquals("collector", success.get("tags").get(0).asText());
    }
}
