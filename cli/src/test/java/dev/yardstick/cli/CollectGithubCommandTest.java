package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.github.GithubSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Issue 3's acceptance command, run through the real CLI against the simulated GitHub. */
class CollectGithubCommandTest {
    @Test
    void collectGithubJsonPrintsThe28MetricsOfTheRepository() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        try (GithubSimulator github = new GithubSimulator(clock)) {
            github.start();
            CliTest.Result result = CliTest.run("collect", "github", "--json", "--at", "2026-11-20T12:00:00Z",
                    "--set", "yardstick.collectors.github.api-url=" + github.baseUrl(),
                    "--set", "yardstick.collectors.github.repos=[\"acme/widgets\"]",
                    "--set", "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN);

            assertEquals(0, result.exitCode(), result.err());
            JsonNode points = new ObjectMapper().readTree(result.out());
            Set<String> metrics = new TreeSet<>();
            for (JsonNode point : points) {
                metrics.add(point.get("metric").asText());
                assertEquals("gauge", point.get("type").asText());
                assertEquals(Instant.parse("2026-11-20T12:00:00Z").getEpochSecond(), point.get("timestamp").asLong());
                assertTrue(point.get("tags").toString().contains("\"repo:acme/widgets\""), point.toString());
            }
            assertEquals(28, points.size(), metrics.toString());
            assertEquals(28, metrics.size());
            assertTrue(!result.out().contains(GithubSimulator.DEFAULT_TOKEN) && !result.err().contains(
                    GithubSimulator.DEFAULT_TOKEN), "the token never appears in output");
        }
    }

    @Test
    void withTelemetryAddsTheRunsSelfTelemetryToTheJson() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        try (GithubSimulator github = new GithubSimulator(clock)) {
            github.start();
            CliTest.Result result = CliTest.run("collect", "github", "--json", "--with-telemetry",
                    "--set", "yardstick.collectors.github.api-url=" + github.baseUrl(),
                    "--set", "yardstick.collectors.github.repos=[\"acme/widgets\"]",
                    "--set", "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN);

            assertEquals(0, result.exitCode(), result.err());
            Set<String> metrics = new TreeSet<>();
            new ObjectMapper().readTree(result.out()).forEach(point -> metrics.add(point.get("metric").asText()));
            assertTrue(metrics.stream().anyMatch(metric -> metric.startsWith("github.")), metrics.toString());
            assertTrue(metrics.containsAll(Set.of("yardstick.collector.success",
                    "yardstick.collector.duration_seconds", "yardstick.http.requests")), metrics.toString());
        }
    }

    @Test
    void dashboardsValidateRunsOfflineThroughTheMainCommand() {
        CliTest.Result result = CliTest.run("dashboards", "validate", "--log-level", "warn");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("0 error(s)"), result.out());
    }
}
