package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.skypilot.SkypilotExpectedMetrics;
import dev.yardstick.sandbox.skypilot.SkypilotJobData;
import dev.yardstick.sandbox.skypilot.SkypilotSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Issue 7's acceptance command, run through the real CLI against the simulated SkyPilot API server. */
class CollectSkypilotCommandTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void collectSkypilotJsonPrintsThe31MetricsWithTheDefinedValues() throws Exception {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        try (SkypilotSimulator skypilot = new SkypilotSimulator(clock)) {
            skypilot.start();
            CliTest.Result result = CliTest.run("collect", "skypilot", "--json", "--at", "2026-11-20T12:00:00Z",
                    "--set", "yardstick.collectors.skypilot.api-url=http://127.0.0.1:" + skypilot.port());

            assertEquals(0, result.exitCode(), result.err());
            Map<String, Double> values = new TreeMap<>();
            for (JsonNode point : new ObjectMapper().readTree(result.out())) {
                assertEquals("gauge", point.get("type").asText());
                assertEquals(AT.getEpochSecond(), point.get("timestamp").asLong());
                assertEquals(null, values.put(point.get("metric").asText(), point.get("value").asDouble()),
                        "one point per metric");
            }
            assertEquals(31, values.size(), values.keySet().toString());
            Map<String, Double> expected = SkypilotExpectedMetrics.of(skypilot.dataSet(), AT);
            assertEquals(expected.keySet(), values.keySet());
            expected.forEach((name, value) -> assertEquals(value, values.get(name), 1e-9 * Math.max(1, value), name));
            assertEquals(count(skypilot, "RUNNING") + count(skypilot, "RECOVERING"), values.get("skypilot.jobs.running"));
            assertTrue(values.get("skypilot.resources.gpus.total_count") > 0, values.toString());
        }
    }

    private static double count(SkypilotSimulator skypilot, String status) {
        return skypilot.dataSet().jobs().stream().map(SkypilotJobData::status).filter(status::equals).count();
    }
}
