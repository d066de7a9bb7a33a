package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.secrets.UrlUserInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 17, items 9 and 12 at the command line: URL passwords in logs and config show; unknown log levels. */
class ConfigTrustCliTest {

    @Test
    void anUnknownLogLevelIsListedWithTheConfigurationsProblemsWithoutAStackTrace() {
        CliTest.Result result = CliTest.run("config", "check", "--log-level", "verbose",
                "--config", CliTest.fixture("bad.conf").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("  --log-level: must be error, warn, info, debug or trace, got 'verbose'"),
                result.err());
        assertEquals(3, result.err().lines().filter(line -> line.contains("bad.conf:")).count(), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
    }

    @Test
    void anUnknownLogLevelAloneStillFailsTheCheck() {
        CliTest.Result result = CliTest.run("config", "check", "--log-level", "loud");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("Configuration problems (1):\n  --log-level: must be error, warn, info, debug or trace, got"
                + " 'loud'\n", result.err());
    }

    @Test
    void configShowHidesThePasswordOfEveryUrl() {
        CliTest.Result result = CliTest.run("config", "show",
                "--set", "yardstick.datadog.api-url=\"https://proxy-user:proxy-pa55@proxy.example:3128\"",
                "--set", "yardstick.collectors.health-fom.datadog.api-url=\"http://me:fom-pa55@127.0.0.1:9\"");

        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("proxy-pa55") || result.out().contains("fom-pa55"), result.out());
        assertTrue(result.out().contains("https://[REDACTED]@proxy.example:3128"), result.out());
    }

    @Test
    void logLinesHideUrlUserInfoEvenBeforeStartUpKnowsTheSecrets() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LogSetup.configure("info");
            System.getLogger("yardstick.test").log(System.Logger.Level.INFO,
                    "sink datadog: POST http://intake:hunter2-pass@127.0.0.1:9/api/v2/series failed");
        } finally {
            System.setErr(original);
            LogSetup.redactWith(UrlUserInfo::redact);
            LogSetup.configure("info");
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("hunter2-pass"), log);
        assertTrue(log.contains("POST http://[REDACTED]@127.0.0.1:9/api/v2/series failed"), log);
    }
}
