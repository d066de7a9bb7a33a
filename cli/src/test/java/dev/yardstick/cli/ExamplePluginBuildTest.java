package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/plugin-authors.md followed literally: installs yardstick-api and yardstick-testkit into a private Maven
 * repository under target/ (seeded from the build's own repository through a file:// mirror, so nothing is
 * downloaded and no shared repository is written), builds examples/hello-plugin outside the reactor (its own
 * contract test included), drops the jar into a plugins directory and runs it through the CLI.
 */
class ExamplePluginBuildTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path WORK = Path.of("target", "example-plugin").toAbsolutePath();

    @Test
    void theSamplePluginBuildsAgainstTheInstalledArtifactsAndRunsFromThePluginsDirectory() throws Exception {
        deleteRecursively(WORK);
        Path repo = WORK.resolve("repo");
        Path settings = Files.writeString(Files.createDirectories(WORK).resolve("settings.xml"), "<settings>"
                + "<mirrors><mirror><id>build-repository</id><mirrorOf>*</mirrorOf><url>"
                + seedRepository().toUri() + "</url></mirror></mirrors></settings>");
        maven(ROOT, List.of("-f", ROOT.resolve("pom.xml").toString(), "-pl", "api,testkit", "-am", "install",
                "-DskipTests"), repo, settings);
        Path project = WORK.resolve("hello-plugin");
        copyRecursively(ROOT.resolve("examples/hello-plugin"), project);
        maven(project, List.of("package"), repo, settings);
        Path plugins = Files.createDirectories(WORK.resolve("plugins"));
        Files.copy(project.resolve("target/hello-plugin-1.0.0.jar"), plugins.resolve("hello-plugin-1.0.0.jar"),
                StandardCopyOption.REPLACE_EXISTING);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notes.txt", exchange -> {
            byte[] body = "alpha\nbeta\n\ngamma\ndelta\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            CliTest.Result result = CliTest.run("collect", "hello",
                    "--set", "yardstick.plugins-dir=" + plugins,
                    "--set", "yardstick.collectors.hello.url=\"http://127.0.0.1:" + server.getAddress().getPort()
                            + "/notes.txt\"");
            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertTrue(result.out().contains("hello.lines"), result.out());
            assertTrue(result.out().contains("4"), result.out());
        } finally {
            server.stop(0);
        }
    }

    /** The repository the enclosing build resolved into: passed by surefire, else the user's default. */
    private static Path seedRepository() {
        String configured = System.getProperty("build.seed.repository", "");
        return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }

    private static void maven(Path dir, List<String> goals, Path repo, Path settings)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenCommand(), "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo));
        command.addAll(goals);
        Path log = Files.createTempFile(WORK, "maven", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> command + " failed:\n" + read(log));
    }

    private static String mavenCommand() {
        String home = System.getenv("MAVEN_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> !path.toString().contains("/target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
