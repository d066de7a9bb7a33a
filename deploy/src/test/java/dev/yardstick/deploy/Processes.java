package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real tools the deployment tests check (helm, the build scripts, the distribution). */
final class Processes {
    private Processes() {
    }

    /** What a finished process printed. */
    record Result(int exitCode, String stdout, String stderr) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    static Result run(Path workingDir, Map<String, String> env, long timeoutSeconds, List<String> command) {
        try {
            Path out = Files.createTempFile("deploy-test", ".out");
            Path err = Files.createTempFile("deploy-test", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A directory the build told the tests about through a system property; fails loudly when missing. */
    static Path configuredPath(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            fail("system property " + property + " is not set: run the tests through Maven (./mvnw -q verify)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
