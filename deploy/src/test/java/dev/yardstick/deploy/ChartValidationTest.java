package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values fail the render with a message naming what is wrong. */
class ChartValidationTest {
    @Test
    void scheduleOfTheWrongTypeFailsOnTheSchema() {
        Processes.Result result = Helm.templateResult("--set", "schedule=5");
        assertNotEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("/schedule"), result::describe);
    }

    @Test
    void unknownValueFailsOnTheSchema() {
        Processes.Result result = Helm.templateResult("--set", "shedule=*/5 * * * *");
        assertNotEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("shedule"), result::describe);
    }

    @Test
    void latestTagFailsOnTheSchema() {
        Processes.Result result = Helm.templateResult("--set", "image.tag=latest");
        assertNotEquals(0, result.exitCode(), result::describe);
    }

    @Test
    void deadlineReachingTheNextRunFails() {
        Processes.Result result = Helm.templateResult("--set", "runDeadlineSeconds=800");
        assertNotEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("must stay below the interval"), result::describe);
    }

    @Test
    void literalSecretInConfigFailsWithoutPrintingIt(@TempDir Path work) throws Exception {
        Path values = work.resolve("values.yaml");
        Files.writeString(values, "config: |\n  yardstick.collectors.github { token = \"ghp_s3cr3tvalue\", repos = [\"a/b\"] }\n");
        Processes.Result result = Helm.templateResult("-f", values.toString());
        assertNotEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("token holds a literal value"), result::describe);
        assertFalse(result.stderr().contains("ghp_s3cr3tvalue"), result::describe);
    }

    @Test
    void sharedClaimAcrossShardsFails() {
        Processes.Result result = Helm.templateResult("-f", Helm.FULL_EXAMPLE.toString(), "--set",
                "persistence.existingClaim=spool");
        assertNotEquals(0, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("existingClaim"), result::describe);
    }
}
