package dev.yardstick.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every dashboard and monitor compiles to the same JSON under the reference C++ jsonnet as in-process, so labels
 * never depend on an engine's float printing (0.95 is "0.94999999999999996" under C++ jsonnet when concatenated).
 * One jsonnet process compiles them all (an object of imports), then each artifact is compared.
 */
class CppJsonnetTest {
    @TestFactory
    Stream<DynamicTest> everySourceCompilesIdenticallyUnderCppJsonnet() throws IOException {
        String jsonnet = ExternalTools.cppJsonnet();
        List<CompiledArtifact> artifacts = Projects.compileRepository().artifacts();
        Path all = Files.createTempFile("yardstick-all", ".jsonnet");
        Files.writeString(all, artifacts.stream()
                .map(a -> "  '" + a.displaySource() + "': import '" + a.source().toAbsolutePath() + "',")
                .collect(Collectors.joining("\n", "{\n", "\n}\n")));
        ExternalTools.Result r = ExternalTools.run(List.of(jsonnet, "-J", Projects.REPO.resolve("dashboards/lib").toString(),
                all.toString()), "", Projects.REPO);
        Files.delete(all);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode compiled = Json.parse(r.out());
        return artifacts.stream().map(a -> DynamicTest.dynamicTest(a.displaySource(),
                // C++ jsonnet sorts object keys; the values (every label and number) must be identical.
                () -> assertEquals(a.body(), compiled.get(a.displaySource()), a.displaySource())));
    }
}
