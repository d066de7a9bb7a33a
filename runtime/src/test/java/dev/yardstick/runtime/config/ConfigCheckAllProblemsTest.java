package dev.yardstick.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yardstick.runtime.Yardstick;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 12: one pass of start-up (what {@code config check} runs) lists every problem of a file at once,
 * each with file:line and key. The fixture holds 19 distinct problems; none may wait for another to be fixed.
 */
class ConfigCheckAllProblemsTest {
    private static final String FILE = "config/many-problems.conf:";

    @TempDir
    Path dir;

    @Test
    void everyProblemOfTheFileIsListedInOnePass() throws Exception {
        Files.writeString(dir.resolve("empty-token.txt"), "\n");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("token.fifo").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        ConfigSources sources = Fixtures.withConfigFile("many-problems.conf", dir);

        StartupException error = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(StartupException.class, () -> Yardstick.builder(sources).build()));

        assertEquals(List.of(
                FILE + "3: yardstick.run.paralelism: unknown key (did you mean 'parallelism'?)",
                FILE + "4: yardstick.run.deadline: expected a duration, got 'soon'",
                FILE + "5: yardstick.run.timeout-per-collector: must be a positive duration, got '0s'",
                FILE + "6: yardstick.run.jitter: must be a non-negative duration, got '-5s'",
                FILE + "9: yardstick.datadog.api-key: environment variable YARDSTICK_TEST_UNSET_KEY is not set",
                FILE + "10: yardstick.datadog.app-key: is empty (a secret needs a value)",
                FILE + "13: yardstick.pipeline.max-tags-per-point: must not be negative, got '-1'",
                FILE + "14: yardstick.pipeline.max-series-per-metric: must not be negative, got '-100'",
                FILE + "18: yardstick.collectors.echo.timeout: must be a positive duration, got '-1s'",
                FILE + "19: yardstick.collectors.echo.credentials: secret reference 'secret:file:empty-token.txt'"
                        + " resolves to an empty value",
                FILE + "20: yardstick.collectors.echo.window: must be a positive duration, got '-7d'",
                FILE + "22: yardstick.collectors.\"nosuch/x\": unknown collector type 'nosuch' (known types: echo,"
                        + " hang, points)",
                FILE + "23: yardstick.collectors.\"echo/fifo\".mesage: unknown key (did you mean 'message'?)",
                FILE + "23: yardstick.collectors.\"echo/fifo\".credentials: secret file " + dir.resolve("token.fifo")
                        + " is not a regular file (a FIFO, device or directory is refused)",
                FILE + "27: yardstick.sinks.datadog.read-timeout: must be a positive duration, got '-20s'",
                FILE + "28: yardstick.sinks.datadog.max-retries: must not be negative, got '-3'",
                FILE + "29: yardstick.sinks.datadog.spool.max-bytes: expected a size in bytes, got '-64MiB'",
                FILE + "31: yardstick.sinks.mystery: unknown sink type (set type to one of: console, datadog, jsonl)",
                FILE + "33: yardstick.http.cache.max-entries: must not be negative, got '-1'"),
                error.problems().stream().map(ConfigProblem::render).toList());
    }
}
