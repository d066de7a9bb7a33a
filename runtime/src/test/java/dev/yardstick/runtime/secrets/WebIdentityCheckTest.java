package dev.yardstick.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.config.RuntimeBootstrap;
import dev.yardstick.runtime.config.StartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fault matrix R21: an IRSA token file that cannot be used stops start-up with an explicit message. */
class WebIdentityCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "token          | ''",
        "missing        | does not exist",
        "directory      | is not a regular file",
        "empty          | is empty",
    })
    void theTokenFileMustBeANonEmptyRegularFile(String name, String what) throws IOException {
        Files.writeString(dir.resolve("token"), "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        Files.writeString(dir.resolve("empty"), "");
        Files.createDirectories(dir.resolve("directory"));

        Optional<String> problem = WebIdentityCheck.problem(Map.of(WebIdentityCheck.TOKEN_FILE,
                dir.resolve(name).toString()));

        assertEquals(what.isEmpty() ? Optional.empty() : Optional.of(WebIdentityCheck.TOKEN_FILE + " names "
                + dir.resolve(name) + ", which " + what + "; web identity (IRSA) credentials cannot work, and the"
                + " AWS SDK would fall back to other credentials (e.g. the node's role) without a word"), problem);
    }

    @Test
    void anUnreadableTokenFileIsNamed() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path token = Files.writeString(dir.resolve("token"), "eyJ.e30.c2ln");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("---------"));

        assertTrue(WebIdentityCheck.problem(Map.of(WebIdentityCheck.TOKEN_FILE, token.toString())).orElseThrow()
                .contains("is not readable by this process"));
    }

    @Test
    void withoutTheVariableThereIsNothingToCheck() {
        assertEquals(Optional.empty(), WebIdentityCheck.problem(Map.of()));
    }

    @Test
    void startUpFailsFastNamingTheTokenFile() {
        Path missing = dir.resolve("eks.amazonaws.com/serviceaccount/token");
        ConfigSources sources = new ConfigSources(Optional.empty(), List.of(), dir, Map.of());

        StartupException error = assertThrows(StartupException.class, () -> RuntimeBootstrap.start(sources,
                getClass().getClassLoader(), Map.of(WebIdentityCheck.TOKEN_FILE, missing.toString())));

        List<String> problems = error.problems().stream().map(ConfigProblem::render).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("environment: " + WebIdentityCheck.TOKEN_FILE + " names " + missing
                + ", which does not exist"), problems.get(0));
    }
}
