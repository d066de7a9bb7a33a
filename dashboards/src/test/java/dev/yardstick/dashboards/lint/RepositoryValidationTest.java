package dev.yardstick.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.ProjectFiles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every dashboard and monitor of the repository passes validation, strictly. */
class RepositoryValidationTest {
    private final ProjectFiles files = TestProject.files();
    private final CompileReport compiled = TestProject.compiled();

    @Test
    void everythingIsCleanWithAllCollectorsInstalled() {
        ValidationReport report = validator(FakeCatalogue.all()).validate(compiled);
        assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::render).toList());
        assertEquals(compiled.artifacts().size(), report.checked().size());
        assertEquals(List.of(), report.skipped());
        assertEquals(List.of(), report.notes());
    }

    @Test
    void onlyGithubInstalledChecksTheOthersAgainstTheirShippedCatalogues() {
        ValidationReport report = validator(FakeCatalogue.installed(Set.of("github"))).validate(compiled);
        assertTrue(report.passed(true), () -> report.diagnostics().toString());
        assertEquals(List.of(), report.skipped());
        assertEquals(compiled.artifacts().size(), report.checked().size());
        assertTrue(report.notes().contains("dashboard asana (dashboards/sources/asana.jsonnet): collector asana not installed; "
                + "checked against the shipped catalogue"), () -> String.join("\n", report.notes()));
    }

    @Test
    void aCollectorWithoutInstallationOrShippedCatalogueIsSkippedWithAReason() {
        Catalogue noFiles = Catalogue.of(FakeCatalogue.metrics(Set.of("github")), Set.of("github"));
        ValidationReport report = validator(noFiles).validate(compiled);
        assertTrue(report.skipped().contains("dashboard asana (dashboards/sources/asana.jsonnet): skipped: needs collector asana "
                + "(not installed), and no shipped catalogue"), () -> String.join("\n", report.skipped()));
    }

    private Validator validator(Catalogue catalogue) {
        return new Validator(catalogue, new SourceLocator(files.root(), files.libraryPath()));
    }
}
