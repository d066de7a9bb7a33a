package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.AsanaSimulator;
import dev.yardstick.sandbox.asana.MembershipData;
import dev.yardstick.sandbox.asana.ProjectData;
import dev.yardstick.sandbox.asana.TaskData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Issue 9's acceptance command, run through the real CLI against the simulated Asana. */
class CollectAsanaCommandTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void collectAsanaJsonPrintsThe14MetricsWithTheDefinedValues() throws Exception {
        try (AsanaSimulator asana = new AsanaSimulator(Clock.fixed(AT, ZoneOffset.UTC))) {
            asana.start();
            CliTest.Result result = CliTest.run("collect", "asana", "--json", "--at", AT.toString(),
                    "--set", "yardstick.collectors.asana.api-url=" + asana.baseUrl(),
                    "--set", "yardstick.collectors.asana.token=" + AsanaSimulator.DEFAULT_TOKEN,
                    "--set", "yardstick.collectors.asana.workspace=" + AsanaDataSet.WORKSPACE_GID,
                    "--set", "yardstick.collectors.asana.bugs-project=" + AsanaDataSet.BUGS_PROJECT_GID);

            assertEquals(0, result.exitCode(), result.err());
            Map<String, Double> printed = new TreeMap<>();
            for (JsonNode point : new ObjectMapper().readTree(result.out())) {
                assertEquals("gauge", point.get("type").asText());
                assertEquals(AT.getEpochSecond(), point.get("timestamp").asLong());
                assertTrue(point.get("tags").toString().contains("\"workspace:" + AsanaDataSet.WORKSPACE_GID + "\""),
                        point.toString());
                printed.put(point.get("metric").asText(), point.get("value").asDouble());
            }
            Map<String, Double> expected = expected(asana.dataSet());
            assertEquals(expected.keySet(), printed.keySet());
            expected.forEach((metric, value) -> assertEquals(value, printed.get(metric), 1e-6, metric));
            assertFalse(result.out().contains(AsanaSimulator.DEFAULT_TOKEN)
                    || result.err().contains(AsanaSimulator.DEFAULT_TOKEN), "the token never appears in output");
        }
    }

    /** The definitions, applied to the data set in one pass (the simulated "now" is {@code AT}). */
    private static Map<String, Double> expected(AsanaDataSet data) {
        Map<String, Double> values = new TreeMap<>();
        for (String name : new String[] {"active", "on_track", "at_risk", "off_track"}) {
            values.put("asana.projects." + name, 0.0);
        }
        for (ProjectData project : data.projects()) {
            if (project.workspaceGid().equals(data.workspaceGid()) && !project.archived()) {
                values.merge("asana.projects.active", 1.0, Double::sum);
                if (project.statusType() != null && values.containsKey("asana.projects." + project.statusType())) {
                    values.merge("asana.projects." + project.statusType(), 1.0, Double::sum);
                }
            }
        }
        String prefix = "asana.projects.bugs.";
        for (String name : new String[] {"total_open", "triage_count", "active_count", "backlog_count", "other_count",
            "created_7d", "completed_7d", "completed_30d"}) {
            values.put(prefix + name, 0.0);
        }
        long week = 7 * 86_400L;
        long month = 30 * 86_400L;
        double ageSum = 0;
        double oldest = 0;
        Set<String> created = new HashSet<>();
        for (TaskData task : data.tasks()) {
            MembershipData inBugs = task.memberships().stream()
                    .filter(m -> m.projectGid().equals(data.bugsProjectGid())).findFirst().orElse(null);
            if (inBugs == null) {
                continue;
            }
            long age = AT.getEpochSecond() - task.createdAt().getEpochSecond();
            if (task.completedAt() == null) {
                values.merge(prefix + "total_open", 1.0, Double::sum);
                values.merge(prefix + sectionOf(inBugs.sectionName()), 1.0, Double::sum);
                ageSum += age / 86_400.0;
                oldest = Math.max(oldest, age / 86_400.0);
            }
            long sinceCompleted = task.completedAt() == null ? -1 : AT.getEpochSecond() - task.completedAt()
                    .getEpochSecond();
            boolean listedAsCompleted = task.completedAt() != null && sinceCompleted <= month;
            if ((task.completedAt() == null || listedAsCompleted) && age >= 0 && age < week) {
                created.add(task.gid());
            }
            if (listedAsCompleted && sinceCompleted >= 0) {
                values.merge(prefix + "completed_7d", sinceCompleted < week ? 1.0 : 0.0, Double::sum);
                values.merge(prefix + "completed_30d", sinceCompleted < month ? 1.0 : 0.0, Double::sum);
            }
        }
        values.put(prefix + "created_7d", (double) created.size());
        values.put(prefix + "avg_age_days", ageSum / values.get(prefix + "total_open"));
        values.put(prefix + "oldest_bug_days", oldest);
        return values;
    }

    private static String sectionOf(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (String section : new String[] {"triage", "active", "backlog"}) {
            if (lower.contains(section)) {
                return section + "_count";
            }
        }
        return "other_count";
    }
}
