package dev.yardstick.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.model.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per lint rule: a valid fixture, one mutation, exactly one finding of that rule. */
class LintRulesTest {
    private static final String REMOVE = "REMOVE";

    @Test
    void fixturesAreClean() throws Exception {
        assertEquals(List.of(), findings(ArtifactKind.DASHBOARD, "/widgets/0/definition/content", null));
        assertEquals(List.of(), findings(ArtifactKind.MONITOR, "/name", null));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "/title|required-field|dashboard has no 'title'|REMOVE",
        "/layout_type|layout|layout_type must be 'ordered'|`\"free\"`",
        "/reflow_type|layout|reflow_type must be 'fixed'|`\"auto\"`",
        "/is_read_only|deprecated-field|is_read_only is deprecated|true",
        "/tags|tags|dashboard tags must look like team:<name>|`[\"env:prod\"]`",
        "/description|identity|lacks the identity marker [yardstick-key:fixture]|`\"no marker\"`",
        "/template_variable_presets/0/template_variables/0/name|template-variable|sets undeclared variable 'region'|`\"region\"`",
        "/widgets/2/definition/requests/0/queries/0/query|template-variable|uses $repo but the dashboard declares no such|`\"avg:github.prs.open{$repo}\"`",
        "/widgets/1/definition/type|widget-type|unknown widget type 'timeserie'|`\"timeserie\"`",
        "/widgets/1/definition/requests|required-field|lacks required field 'requests'|REMOVE",
        "/widgets/0/definition/title|note-title|note widgets take no 'title'|`\"Header\"`",
        "/widgets/1/layout|layout|has no layout|REMOVE",
        "/widgets/2/layout/x|grid-bounds|does not fit the 12-column grid|10",
        "/widgets/2/layout/x|overlap|overlaps timeseries \"Success Rate\"|4",
        "/widgets/3/layout/height|group-extent|is 2 rows tall but its widgets need 3|2",
        "/widgets/1/definition/requests/0/formulas/0/formula|formula-reference|names 'query3', which is not a query|`\"query1 / query3\"`",
        "/widgets/1/definition/requests/0/queries/1/name|query-name|query name is missing or repeated: 'query1'|`\"query1\"`",
        "/widgets/1/definition/requests/0/q|mixed-request|mixes legacy 'q' with 'queries'|`\"avg:x{*}\"`",
        "/widgets/1/definition/requests/0/display_type|enum|display_type 'lines' is not one of|`\"lines\"`",
        "/widgets/2/definition/requests/0/conditional_formats/0/comparator|enum|comparator '=>' is not one of|`\"=>\"`",
        "/widgets/1/definition/markers/0/display_type|marker|marker display_type 'error dashd'|`\"error dashd\"`",
        "/widgets/1/definition/markers/0/value|marker|marker value 'y=95' is not|`\"y=95\"`",
        "/widgets/2/layout/is_column_break|layout|is_column_break may be set on at most one widget|true",
        "/widgets/1/definition/requests/0/queries/0/query|catalogue|metric 'github.ci.workflow_runs_7dd' is not declared by any installed collector or shipped catalogue (did you mean 'github.ci.workflow_runs_7d'?)|`\"sum:github.ci.workflow_runs_7dd{$env}\"`",
        "/widgets/1/definition/requests/0/queries/0/query|query-syntax|unknown space aggregator 'count_nonzero'|`\"count_nonzero:github.ci.workflow_runs_7d{$env}\"`",
        "/widgets/1/definition/requests/0/formulas/0/formula|formula-syntax|clamp_min() takes 2 argument(s), got 1|`\"clamp_min(query1)\"`",
        "/widgets/1/definition/titel|typed-model|unknown field 'titel' for TimeseriesWidgetDefinition|`\"x\"`",
    })
    void dashboardRule(String pointer, String rule, String message, String value) throws Exception {
        if ("/widgets/2/layout/is_column_break".equals(pointer)) {
            assertOne(ArtifactKind.DASHBOARD, rule, message, mutateTwice(pointer, "/widgets/1/layout/is_column_break"));
            return;
        }
        assertOne(ArtifactKind.DASHBOARD, rule, message, findings(ArtifactKind.DASHBOARD, pointer, value));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "/message|required-field|monitor has no 'message'|REMOVE",
        "/priority|priority|priority must be 1 (high) to 5 (low), got 9|9",
        "/options/thresholds/critical|threshold|query threshold 10 differs from options.thresholds.critical 12|12",
        "/options/thresholds/warning|threshold|warning 15 must be below critical 10|15",
        "/query|monitor-syntax|expected a comparator (>, >=, <, <=)|`\"avg(last_1h):max:github.ci.failed_workflows_7d{env:production}\"`",
        "/query|monitor-syntax|monitors have no template variables: replace $env|`\"avg(last_1h):max:github.ci.failed_workflows_7d{$env} > 10\"`",
        "/query|monitor-syntax|window 'last_1x' must be|`\"avg(last_1x):max:github.ci.failed_workflows_7d{env:production} > 10\"`",
        "/options/no_data_timeframe|no-data-window|no_data_timeframe 90 min must be at least twice the 60-minute evaluation window|90",
        "/options/on_missing_data|no-data|no_data_timeframe cannot be combined with on_missing_data|`\"show_no_data\"`",
        "/tags|identity|lacks the identity tag yardstick-key:fixture|`[\"managed-by:yardstick\"]`",
        "/message|notification|message names no notification handle|`\"Too many failures.\"`",
        "/query|catalogue|metric 'github.ci.failed_workflow_7d' is not declared|`\"avg(last_1h):max:github.ci.failed_workflow_7d{env:production} > 10\"`",
        "/type|enum|monitor type 'query alrt' is not a Datadog monitor type|`\"query alrt\"`",
    })
    void monitorRule(String pointer, String rule, String message, String value) throws Exception {
        String v = "/options/on_missing_data".equals(pointer) ? value : value;
        List<Diagnostic> found = "/options/on_missing_data".equals(pointer)
                ? findings(ArtifactKind.MONITOR, withNoDataTimeframe(), pointer, v)
                : findings(ArtifactKind.MONITOR, pointer, v);
        if ("enum".equals(rule)) {
            found = found.stream().filter(d -> !"typed-model".equals(d.rule())).toList();
        }
        assertOne(ArtifactKind.MONITOR, rule, message, found);
    }

    private static void assertOne(ArtifactKind kind, String rule, String message, List<Diagnostic> found) {
        List<Diagnostic> relevant = found.stream().filter(d -> rule.equals(d.rule())).toList();
        assertEquals(1, relevant.size(), () -> kind + ": " + relevant.stream().map(Diagnostic::render).toList());
        assertEquals(rule, relevant.get(0).rule());
        assertTrue(relevant.get(0).message().contains(message), relevant.get(0).render());
    }

    private List<Diagnostic> mutateTwice(String first, String second) throws Exception {
        JsonNode body = fixture(ArtifactKind.DASHBOARD);
        set(body, first, "true");
        set(body, second, "true");
        return validate(ArtifactKind.DASHBOARD, body);
    }

    private List<Diagnostic> findings(ArtifactKind kind, String pointer, String value) throws Exception {
        return findings(kind, fixture(kind), pointer, value);
    }

    private List<Diagnostic> findings(ArtifactKind kind, JsonNode body, String pointer, String value) throws Exception {
        if (value != null) {
            set(body, pointer, value);
        }
        return validate(kind, body);
    }

    private JsonNode withNoDataTimeframe() throws Exception {
        JsonNode body = fixture(ArtifactKind.MONITOR);
        set(body, "/options/no_data_timeframe", "30");
        return body;
    }

    private static List<Diagnostic> validate(ArtifactKind kind, JsonNode body) throws URISyntaxException {
        Path source = fixturePath(kind);
        CompiledArtifact artifact = new CompiledArtifact("fixture", kind, List.of(), source, source.getFileName().toString(), body);
        Validator validator = new Validator(FakeCatalogue.all(),
                new SourceLocator(source.getParent(), List.of()));
        return validator.validate(new CompileReport(List.of(artifact), List.of())).diagnostics();
    }

    private static void set(JsonNode root, String pointer, String value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String field = pointer.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), Json.parse(value));
        } else if (REMOVE.equals(value)) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ObjectNode) parent).set(field, Json.parse(value));
        }
    }

    private static JsonNode fixture(ArtifactKind kind) throws IOException, URISyntaxException {
        return Json.parse(Files.readString(fixturePath(kind)));
    }

    private static Path fixturePath(ArtifactKind kind) throws URISyntaxException {
        String name = kind == ArtifactKind.DASHBOARD ? "valid-dashboard.json" : "valid-monitor.json";
        return Path.of(LintRulesTest.class.getResource(name).toURI());
    }
}
