package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.github.GithubSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 #6 through the real CLI: with GitHub's {@code ci} section hanging and a 7 s collector timeout, the
 * sections that finished before the cooperative deadline are kept and the collector is reported TIMEOUT.
 */
class CollectorTimeoutSectionsTest {
    @Test
    void aSlowCiSectionTimesOutAndTheFinishedSectionsAreKept() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        try (GithubSimulator github = new GithubSimulator(clock)) {
            github.start();
            github.faults().hang("/repos/acme/widgets/actions", 1000);
            CliTest.Result result = CliTest.run("collect", "github", "--json", "--at", "2026-11-20T12:00:00Z",
                    "--set", "yardstick.collectors.github.api-url=" + github.baseUrl(),
                    "--set", "yardstick.collectors.github.repos=[\"acme/widgets\"]",
                    "--set", "yardstick.collectors.github.token=" + GithubSimulator.DEFAULT_TOKEN,
                    "--set", "yardstick.collectors.github.timeout=7s");

            assertEquals(1, result.exitCode(), result.err());
            JsonNode points = new ObjectMapper().readTree(result.out());
            assertTrue(points.size() >= 15 && points.size() < 28, "the finished sections' points: " + points.size());
            for (JsonNode point : points) {
                assertTrue(!point.get("metric").asText().startsWith("github.ci."), point.toString());
            }
            assertTrue(result.err().contains("TIMEOUT") || result.err().contains("ci"), result.err());
        }
    }
}
