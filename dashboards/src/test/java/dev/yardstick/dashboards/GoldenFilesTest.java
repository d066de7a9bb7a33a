package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.ArtifactKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every compiled dashboard and monitor equals its golden file. Regenerate after an intended change with
 * {@code mvn test -pl dashboards -Dyardstick.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/yardstick/dashboards/golden");
    private static final boolean UPDATE = Boolean.getBoolean("yardstick.golden.update");

    @Test
    void everySourceCompiles() {
        CompileReport report = Projects.compileRepository();
        assertTrue(report.ok(), () -> report.errors().toString());
        assertEquals(12, report.of(ArtifactKind.DASHBOARD).size());
        assertEquals(10, report.of(ArtifactKind.MONITOR).size());
    }

    @TestFactory
    Stream<DynamicTest> compiledOutputMatchesGoldenFiles() throws IOException {
        CompileReport report = Projects.compileRepository();
        if (UPDATE) {
            ArtifactWriter.write(report.artifacts(), GOLDEN);
        }
        return report.artifacts().stream().map(a -> DynamicTest.dynamicTest(a.displaySource(), () -> {
            Path golden = GOLDEN.resolve(a.kind() == ArtifactKind.DASHBOARD ? "dashboards" : "monitors")
                    .resolve(a.outputName());
            assertTrue(Files.exists(golden), "missing golden file " + golden + " (run with -Dyardstick.golden.update=true)");
            assertEquals(Files.readString(golden), Json.pretty(a.body()), "compiled " + a.displaySource() + " differs from " + golden);
        }));
    }
}
