package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.intake.AcceptedPoint;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
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
}
