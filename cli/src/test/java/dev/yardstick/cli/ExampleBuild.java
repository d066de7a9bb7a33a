package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds a project of {@code examples/} the way its reader would, outside the reactor: Yardstick's modules are
 * installed into a private Maven repository under {@code target/} (seeded from the build's own repository
 * through a file:// mirror, so nothing is downloaded and no shared repository is written), then the example is
 * copied and built with plain Maven against it.
 */
final class ExampleBuild {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private final Path work;
    private final Path repo;
    private final Path settings;

    private ExampleBuild(Path work) throws IOException {
        this.work = work;
        this.repo = work.resolve("repo");
        this.settings = Files.writeString(Files.createDirectories(work).resolve("settings.xml"), "<settings>"
                + "<mirrors><mirror><id>build-repository</id><mirrorOf>*</mirrorOf><url>"
                + seedRepository().toUri() + "</url></mirror></mirrors></settings>");
    }

    /**
     * Starts afresh in {@code target/NAME} and installs Yardstick's modules there.
     *
     * @param name the work directory's name under target/
     * @param modules the reactor modules to install (with what they need)
     * @return the build
     */
    static ExampleBuild installing(String name, String modules) throws IOException, InterruptedException {
        Path work = Path.of("target", name).toAbsolutePath();
        deleteRecursively(work);
        ExampleBuild build = new ExampleBuild(work);
        build.maven(ROOT, List.of("-f", ROOT.resolve("pom.xml").toString(), "-pl", modules, "-am", "install",
                "-DskipTests"));
        return build;
    }

    Path work() {
        return work;
    }

    /** Copies examples/NAME into the work directory (without its target/) and returns the copy. */
    Path copyExample(String name) throws IOException {
        Path project = work.resolve(name);
        copyRecursively(ROOT.resolve("examples").resolve(name), project);
        return project;
    }

    /** Runs Maven with the private repository and settings, failing the test with its log if it fails. */
    void maven(Path dir, List<String> goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenCommand(), "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo));
        command.addAll(goals);
        Path log = Files.createTempFile(work, "maven", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> command + " failed:\n" + read(log));
    }

    /** The repository the enclosing build resolved into: passed by surefire, else the user's default. */
    private static Path seedRepository() {
        String configured = System.getProperty("build.seed.repository", "");
        return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }

    private static String mavenCommand() {
        String home = System.getenv("MAVEN_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
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
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
