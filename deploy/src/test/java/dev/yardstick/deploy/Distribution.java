package dev.yardstick.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built Yardstick distribution (cli/target), run on the JDK running the tests. */
final class Distribution {
    private Distribution() {
    }

    static Path dir() {
        Path dir = Processes.configuredPath("yardstick.distribution");
        if (!Files.isRegularFile(dir.resolve("yardstick.jar"))) {
            fail("no distribution at " + dir + ": build it first (./mvnw -q verify builds cli before deploy)");
        }
        return dir;
    }

    static Processes.Result yardstick(Path workingDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                dir().resolve("yardstick.jar").toString()));
        command.addAll(List.of(args));
        return Processes.run(workingDir, Map.of(), 120, command);
    }
}
