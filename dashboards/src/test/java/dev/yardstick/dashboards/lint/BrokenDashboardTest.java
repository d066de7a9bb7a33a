package dev.yardstick.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.dashboards.ArtifactCompiler;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deliberately broken dashboard fails validation with one clear, located message per problem. */
class BrokenDashboardTest {

    @Test
    void reportsEachProblemOnceWithFileAndLine() throws Exception {
        Path root = Path.of(BrokenDashboardTest.class.getResource("../broken").toURI());
        ProjectFiles files = ProjectFiles.locate(root, List.of(Path.of("../dashboards/lib")));
        CompileReport compiled = new ArtifactCompiler(files).compileAll();
        ValidationReport report = new Validator(FakeCatalogue.all(),
                new SourceLocator(files.root(), files.libraryPath())).validate(compiled);
        assertEquals(List.of(
                "dashboards/sources/broken.jsonnet:9:21: error [overlap] widgets[1].layout: timeseries \"Failures\" overlaps"
                        + " query_value \"Open PRs\" at (x 3, y 0, w 6, h 3)",
                "dashboards/sources/broken.jsonnet:10:88: error [formula-reference] widgets[2].definition.requests[0].formulas[0]:"
                        + " formula '100 * query2 / query1' names 'query2', which is not a query of this request [query1]",
                "dashboards/sources/broken.jsonnet:8:43: error [catalogue] widgets[0].definition.requests[0].queries[0].query:"
                        + " metric 'github.prs.opne' is not declared by any installed collector or shipped catalogue (did you mean 'github.prs.open'?)"),
                report.diagnostics().stream().map(Diagnostic::render).toList());
        assertEquals(false, report.passed(false));
    }
}
