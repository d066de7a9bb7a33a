package dev.yardstick.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.dashboards.ArtifactCompiler;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.ProjectFiles;
import dev.yardstick.dashboards.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15's acceptance: 33 deliberate mistakes, each planted alone in a copy of the repository's dashboards with
 * github and health-fom installed (the other collectors checked against their shipped catalogues), are each caught
 * by the expected rule at the edited file and line.
 */
class PlantedMistakesTest {
    @TempDir
    Path project;

    static Stream<Arguments> mistakes() throws IOException {
        return table().stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].replace("\\n", "\n"), c[4], c[5]));
    }

    private static List<String[]> table() throws IOException {
        try (InputStream in = PlantedMistakesTest.class.getResourceAsStream("/dev/yardstick/dashboards/planted/mistakes.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    @Test
    void thereAreThirtyThreeMistakes() throws IOException {
        assertEquals(33, table().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsCaughtAtTheEditedLine(String id, String file, String find, String replace, String rule, String expectAt)
            throws IOException {
        for (String dir : List.of("lib", "sources", "monitors", "catalogue")) {
            ProjectFiles.copyTree(Projects.REPO.resolve("dashboards").resolve(dir), project.resolve("dashboards").resolve(dir));
        }
        Path edited = project.resolve("dashboards").resolve(file);
        String original = Files.readString(edited);
        assertEquals(1, original.split(java.util.regex.Pattern.quote(find), -1).length - 1, id + ": the text to edit occurs once");
        String changed = original.replace(find, replace);
        Files.writeString(edited, changed);
        int line = lineOf(changed, expectAt);

        ProjectFiles files = ProjectFiles.locate(project, List.of());
        ValidationReport report = new Validator(FakeCatalogue.installed(Set.of("github", "health-fom")),
                new SourceLocator(files.root(), files.libraryPath())).validate(new ArtifactCompiler(files).compileAll());
        String where = "dashboards/" + file + ":" + line + ":";
        List<String> rendered = report.errors().stream().map(Diagnostic::render).toList();
        assertTrue(report.errors().stream().anyMatch(d -> d.rule().equals(rule) && d.render().startsWith(where)),
                () -> id + ": expected [" + rule + "] at " + where + " in\n" + String.join("\n", rendered));
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the edited file");
    }
}
