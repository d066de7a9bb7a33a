package dev.yardstick.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretReferencesTest {
    private static final AwsSecretsSettings NO_AWS = new AwsSecretsSettings(Optional.empty(), Optional.empty());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "secret:env:GITHUB_TOKEN     | ghp-from-environment",
        "secret:file:token.txt       | from-file",
        "secret:file:crlf.txt        | windows-line",
        "secret:file:sub/none.txt    | no-newline",
        "plain-literal-value         | plain-literal-value",
    })
    void resolvesEnvironmentFilesAndLiterals(String reference, String expected) throws IOException {
        Files.writeString(dir.resolve("token.txt"), "from-file\n");
        Files.writeString(dir.resolve("crlf.txt"), "windows-line\r\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/none.txt"), "no-newline");
        SecretReferences secrets = new SecretReferences(Map.of("GITHUB_TOKEN", "ghp-from-environment"), dir, NO_AWS);

        assertEquals(expected, secrets.resolve(reference).reveal());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "secret:env:GITHUB_TOKEN   | environment variable GITHUB_TOKEN is not set",
        "secret:file:missing.txt   | missing.txt does not exist",
        "secret:vault:x            | unknown secret kind 'vault' in 'secret:vault:x' (use env, file or aws)",
        "secret:env:               | secret reference 'secret:env:' names nothing (expected secret:KIND:NAME)",
    })
    void failuresNameTheReference(String reference, String message) {
        SecretReferences secrets = new SecretReferences(Map.of("OTHER", "other-value"), dir, NO_AWS);

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> secrets.resolve(reference));

        assertTrue(error.getMessage().endsWith(message), error.getMessage());
        assertFalse(error.getMessage().contains("other-value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "secret:file:empty.txt     | secret reference 'secret:file:empty.txt' resolves to an empty value",
        "secret:file:newline.txt   | secret reference 'secret:file:newline.txt' resolves to an empty value",
        "secret:file:blank.txt     | secret reference 'secret:file:blank.txt' resolves to an empty value",
        "secret:env:EMPTY          | secret reference 'secret:env:EMPTY' resolves to an empty value",
        "secret:env:BLANK          | secret reference 'secret:env:BLANK' resolves to an empty value",
        "secret:file:huge.txt      | huge.txt is larger than 65536 bytes",
        "secret:file:sub           | sub is not a regular file (a FIFO, device or directory is refused)",
        "secret:file:/dev/zero     | /dev/zero is not a regular file (a FIFO, device or directory is refused)",
    })
    void blankValuesOversizedFilesAndFilesThatAreNotRegularAreRefused(String reference, String message)
            throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("newline.txt"), "\n");
        Files.writeString(dir.resolve("blank.txt"), " \t \n");
        Files.writeString(dir.resolve("huge.txt"), "x".repeat(SecretReferences.MAX_FILE_BYTES + 1));
        Files.createDirectories(dir.resolve("sub"));
        SecretReferences secrets = new SecretReferences(Map.of("EMPTY", "", "BLANK", "  "), dir, NO_AWS);

        ConfigurationException error = assertThrows(ConfigurationException.class, () -> secrets.resolve(reference));

        assertTrue(error.getMessage().endsWith(message), error.getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("secret.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        SecretReferences secrets = new SecretReferences(Map.of(), dir, NO_AWS);

        ConfigurationException error = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ConfigurationException.class, () -> secrets.resolve("secret:file:secret.fifo")));

        assertTrue(error.getMessage().endsWith("secret.fifo is not a regular file (a FIFO, device or directory is"
                + " refused)"), error.getMessage());
    }

    @Test
    void aSecretFileOfExactlyTheLimitIsRead() throws IOException {
        Files.writeString(dir.resolve("pem.txt"), "k".repeat(SecretReferences.MAX_FILE_BYTES));
        SecretReferences secrets = new SecretReferences(Map.of(), dir, NO_AWS);

        assertEquals(SecretReferences.MAX_FILE_BYTES, secrets.resolve("secret:file:pem.txt").reveal().length());
    }

    @Test
    void eachReferenceIsResolvedOnceAndTheValuesAreKnownForRedaction() throws IOException {
        Path file = Files.writeString(dir.resolve("rotating.txt"), "first-value\n");
        SecretReferences secrets = new SecretReferences(Map.of(), dir, NO_AWS);

        Secret first = secrets.resolve("secret:file:rotating.txt");
        Files.writeString(file, "second-value\n");

        assertEquals(first, secrets.resolve("secret:file:rotating.txt"));
        assertEquals("first-value", secrets.resolve("secret:file:rotating.txt").reveal());
        assertEquals(Set.of("first-value"), secrets.resolvedValues());
        assertEquals(Secret.REDACTED, first.toString());
    }

    @Test
    void theStsClientIsOnTheClassPath() {
        assertEquals(Optional.empty(), SecretReferences.stsProblem(getClass().getClassLoader()));
        assertTrue(SecretReferences.stsProblem(new ClassLoader(null) { }).orElseThrow()
                .contains("software.amazon.awssdk.services.sts.StsClient is not on the class path"));
    }
}
