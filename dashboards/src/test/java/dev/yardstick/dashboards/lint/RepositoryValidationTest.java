package dev.yardstick.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.ProjectFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every dashboard and monitor of the repository passes validation, strictly. */
class RepositoryValidationTest {
    private final ProjectFiles files = TestProject.files();
    private final CompileReport compiled = TestProject.compiled();

    @Test
    void everythingIsCleanWithAllCollectorsInstalled() {
        ValidationReport report = validator(Catalogue.of(FakeCatalogue.metrics(), FakeCatalogue.ALL_TYPES)).validate(compiled);
        assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::render).toList());
        assertEquals(19, report.checked().size());
        assertEquals(List.of(), report.skipped());
    }

    @Test
    void onlyGithubInstalledSkipsTheOthersWithAReason() {
        ValidationReport report = validator(Catalogue.of(FakeCatalogue.metrics().stream()
                .filter(d -> d.name().startsWith("github.") || d.name().startsWith("yardstick.")).toList(),
                Set.of("github"))).validate(compiled);
        assertTrue(report.passed(true), () -> report.diagnostics().toString());
        assertTrue(report.skipped().contains(
                "dashboard asana (dashboards/sources/asana.jsonnet): skipped: needs collector asana (not installed)"),
                () -> report.skipped().toString());
        Set<String> checked = Set.copyOf(report.checked());
        assertEquals(Set.of("github-cicd", "policy-evaluator", "reference-demo", "collector-health", "ci-failing-default-branch",
                "failed-workflows-spike", "collector-failing", "collector-success-rate", "yardstick-no-data"), checked,
                () -> report.skipped().stream().collect(Collectors.joining("\n")));
    }

    private Validator validator(Catalogue catalogue) {
        return new Validator(catalogue, new SourceLocator(files.root(), files.libraryPath()));
    }
}
