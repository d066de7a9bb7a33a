package dev.yardstick.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.query.QueryParser;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the monitors say and watch: runbook links, what to check, the CI failure rate and PR cycle time rules. */
class MonitorsTest {
    private static final Pattern RUNBOOK = Pattern.compile("Runbook: docs/operations\\.md#([a-z0-9-]+)");
    private final List<CompiledArtifact> monitors = Projects.compileRepository().of(ArtifactKind.MONITOR);

    @Test
    void everyMessageSaysWhatToCheckAndLinksItsRunbookSection() throws java.io.IOException {
        String operations = java.nio.file.Files.readString(Projects.REPO.resolve("docs/operations.md"));
        for (CompiledArtifact m : monitors) {
            String message = m.body().get("message").asText();
            assertTrue(message.contains("Check "), m.key() + ": " + message);
            Matcher runbook = RUNBOOK.matcher(message);
            assertTrue(runbook.find(), m.key() + ": " + message);
            assertEquals(m.key(), runbook.group(1), "the runbook anchor is the monitor's key");
            assertTrue(operations.contains("<a id=\"" + runbook.group(1) + "\"></a>"),
                    "docs/operations.md has no runbook entry #" + runbook.group(1));
        }
    }

    @Test
    void ciFailureRateIsOneHundredTimesFailedOverRunsPerRepository() {
        JsonNode rate = body("ci-failure-rate");
        assertEquals("avg(last_1h):100 * sum:github.ci.failed_workflows_7d{env:production} by {repo} / "
                + "sum:github.ci.workflow_runs_7d{env:production} by {repo} > 20", rate.get("query").asText());
        assertEquals(10, rate.at("/options/thresholds/warning").asInt());
        String spike = body("ci-failure-rate-spike").get("query").asText();
        assertTrue(spike.startsWith("change(avg(last_1d),last_1w):100 * sum:github.ci.failed_workflows_7d"), spike);
        assertTrue(monitors.stream().noneMatch(m -> m.key().equals("failed-workflows-spike")));
    }

    @Test
    void prCycleTimeAboveSeventyTwoHoursForADay() {
        assertEquals("min(last_1d):max:github.prs.cycle_time_hours{env:production} by {repo} > 72",
                body("pr-cycle-time").get("query").asText());
    }

    @Test
    void noDataWindowsAreAtLeastTwiceTheCheckWindow() {
        for (CompiledArtifact m : monitors) {
            JsonNode options = m.body().get("options");
            if (options.has("no_data_timeframe")) {
                long window = QueryParser.monitor(m.body().get("query").asText()).monitor().orElseThrow().windowMinutes();
                assertTrue(options.get("no_data_timeframe").asLong() >= 2 * window, m.key());
            }
        }
    }

    private JsonNode body(String key) {
        return monitors.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow().body();
    }
}
