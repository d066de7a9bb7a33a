package dev.yardstick.cli.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.cli.Main;
import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.push.JsonDiff;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dashboards export ID} through the real standard output of a separate JVM: a dashboard far larger than
 * any output buffer arrives complete (it used to stop at 8,192 bytes because the writer was never flushed).
 */
class ExportToStdoutTest {
    @TempDir
    Path workDir;

    @Test
    void largeExportReachesStdoutComplete() throws IOException, InterruptedException {
        try (DatadogApiSimulator api = new DatadogApiSimulator(Clock.systemUTC(), Optional.empty())) {
            api.start();
            String id = api.seedDashboard(largeDashboard(1000));
            Path stdout = workDir.resolve("stdout.json");
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "dashboards", "export", id,
                    "--set", "yardstick.datadog.api-url=" + api.baseUrl(),
                    "--set", "yardstick.datadog.api-key=export-test-api-key",
                    "--set", "yardstick.datadog.app-key=export-test-app-key"))
                    .directory(workDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(workDir.resolve("stderr.txt").toFile())
                    .start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the export finishes");
            String err = Files.readString(workDir.resolve("stderr.txt"));
            assertEquals(0, process.exitValue(), err);
            String printed = Files.readString(stdout, StandardCharsets.UTF_8);
            assertTrue(printed.length() > 16 * 8192, "large enough to cross several buffers: " + printed.length());
            JsonNode expected = JsonDiff.canonical(api.dashboards().get(id));
            assertEquals(Json.pretty(expected), printed);
        }
    }

    private static JsonNode largeDashboard(int widgets) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("title", "Export test");
        body.put("description", "A dashboard larger than any stdout buffer.");
        body.put("layout_type", "ordered");
        ArrayNode list = body.putArray("widgets");
        for (int i = 0; i < widgets; i++) {
            ObjectNode definition = list.addObject().putObject("definition");
            definition.put("type", "note");
            definition.put("content", "Note number " + i + " with some text so the JSON grows well past 8 KiB.");
        }
        return body;
    }
}
