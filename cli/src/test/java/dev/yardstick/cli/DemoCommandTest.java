package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final Pattern GITHUB_LINE = Pattern.compile(
            "Simulated GitHub: answered (\\d+) request\\(s\\), (\\d+) of them 304 Not Modified.*");

    @Test
    void demoDeliversEverythingToTheSimulatedIntakeWithNothingRejected() {
        CliTest.Result result = CliTest.run("demo");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("rejected 0 request(s)"), result.out());
        assertTrue(result.out().contains("Outbox: "), result.out());
        assertTrue(result.out().matches("(?s).*\\nasana +SUCCESS +14 .*"), "all 14 Asana metrics: " + result.out());
    }

    @Test
    void demoSendsValidSeriesToAnotherDatadogCompatibleIntake() {
        try (DatadogIntakeSimulator other = new DatadogIntakeSimulator(Clock.systemUTC(), Optional.empty())) {
            other.start();
            CliTest.Result result = CliTest.run("demo", "--datadog-url", other.baseUrl());

            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertEquals(0, other.rejectedCount());
            assertTrue(other.acceptedPoints().stream().map(AcceptedPoint::metric)
                    .anyMatch("yardstick.run.last_success_timestamp"::equals), other.accepted().toString());
            assertTrue(other.acceptedPoints().stream().map(AcceptedPoint::metric)
                    .anyMatch("ec2.instances.idle"::equals), "the demo collects EC2 with idle detection");
        }
    }

    @Test
    void aRepeatedDemoWithTheHttpCacheKeptAnswersGithubFromTheCache(@TempDir Path dir) {
        CliTest.Result result = CliTest.run("demo", "--runs", "2",
                "--set", "yardstick.http.cache.path=\"" + dir.resolve("http-cache.json") + "\"");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        Matcher[] runs = {null, null};
        Matcher lines = GITHUB_LINE.matcher(result.out());
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.find(), "a GitHub line per run: " + result.out());
            runs[i] = GITHUB_LINE.matcher(lines.group());
            assertTrue(runs[i].matches());
        }
        assertEquals(0, Integer.parseInt(runs[0].group(2)), "nothing cached before the first run");
        int answered = Integer.parseInt(runs[1].group(1));
        int notModified = Integer.parseInt(runs[1].group(2));
        assertTrue(notModified > 0 && notModified <= answered, "the repeat sends conditional requests: " + result.out());
        assertEquals(2, result.out().split("rejected 0 request\\(s\\)", -1).length - 1, result.out());
    }

    @Test
    void runsBelowOneIsAUsageError() {
        CliTest.Result result = CliTest.run("demo", "--runs", "0");

        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("--runs must be at least 1, got 0"), result.err());
    }
}
