package dev.yardstick.asana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.MembershipData;
import dev.yardstick.sandbox.asana.ProjectData;
import dev.yardstick.sandbox.asana.TaskData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-made workspace whose tasks sit exactly on the windows' edges (at − D is out, at is in), are multi-homed
 * with another project first, have sections matching several patterns, and race the two listings.
 */
class AsanaWindowBoundaryTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant NOW = AT.plus(Duration.ofHours(1));
    private static final Instant WEEK = AT.minus(Duration.ofDays(7));
    private static final Instant MONTH = AT.minus(Duration.ofDays(30));
    private static final String WORKSPACE = "100";
    private static final String BUGS = "200";
    private static final String OTHER = "300";

    @Test
    void everyMetricOnTheEdgesMatchesTheDefinition() throws InterruptedException {
        AsanaDataSet data = edgeData();
        try (AsanaTestbed testbed = new AsanaTestbed(data, NOW)) {
            CollectResult result = testbed.collectOnce(AT);
            assertEquals(List.of(), result.failures());
            Map<String, Double> actual = AsanaCollectorSimulatorTest.values(result, AT, testbed.asana.dataSet());
            AsanaCollectorSimulatorTest.assertMetricsMatch(ExpectedAsanaMetrics.of(data, AT, NOW), actual);
            assertEquals(4.0, actual.get(AsanaMetrics.PROJECTS_ACTIVE), "archived and other workspaces left out");
            assertEquals(1.0, actual.get(AsanaMetrics.PROJECTS_ON_TRACK));
            assertEquals(1.0, actual.get(AsanaMetrics.PROJECTS_AT_RISK));
            assertEquals(1.0, actual.get(AsanaMetrics.PROJECTS_OFF_TRACK), "on_hold and null count in none");
            assertEquals(10.0, actual.get(AsanaMetrics.BUGS_TOTAL_OPEN), "what completed_since=now lists");
            assertEquals(3.0, actual.get(AsanaMetrics.BUGS_TRIAGE), "'Triage → Active' is triage: first match");
            assertEquals(2.0, actual.get(AsanaMetrics.BUGS_ACTIVE), "'Inactive' contains active");
            assertEquals(2.0, actual.get(AsanaMetrics.BUGS_BACKLOG), "the bugs project's section, not the first");
            assertEquals(3.0, actual.get(AsanaMetrics.BUGS_OTHER), "no section in the bugs project, or Icebox");
            assertEquals(6.0, actual.get(AsanaMetrics.BUGS_CREATED_7D),
                    "at − 7d out, at in, completed ones in, the raced task once");
            assertEquals(3.0, actual.get(AsanaMetrics.BUGS_COMPLETED_7D), "at − 7d out, at in, after at out");
            assertEquals(5.0, actual.get(AsanaMetrics.BUGS_COMPLETED_30D), "at − 30d out, incomplete ones dropped");
            assertEquals(10.0, actual.get(AsanaMetrics.BUGS_OLDEST), 1e-9);
        }
    }

    @Test
    void sectionPatternsAreConfigurableAndCheckedInOrder() throws InterruptedException {
        AsanaDataSet data = edgeData();
        List<String> patterns = List.of("^Needs triage$", "(?i)active|backlog", "BACKLOG");
        try (AsanaTestbed testbed = new AsanaTestbed(data, NOW)) {
            CollectResult result = testbed.collectOnce("section-patterns { triage = \"" + patterns.get(0)
                    + "\", active = \"" + patterns.get(1) + "\", backlog = \"" + patterns.get(2) + "\" }", AT);
            Map<String, Double> actual = AsanaCollectorSimulatorTest.values(result, AT, testbed.asana.dataSet());
            AsanaCollectorSimulatorTest.assertMetricsMatch(ExpectedAsanaMetrics.of(data, AT, NOW, patterns), actual);
            assertEquals(0.0, actual.get(AsanaMetrics.BUGS_BACKLOG), "active already took every backlog bug");
        }
    }

    @Test
    void withoutABugsProjectOnlyTheFourProjectMetricsAreCollected() throws InterruptedException {
        try (AsanaTestbed testbed = new AsanaTestbed(edgeData(), NOW)) {
            CollectResult result = testbed.collectOnce("bugs-project = null", AT);
            assertEquals(List.of(), result.failures());
            assertEquals(List.of(AsanaMetrics.PROJECTS_ACTIVE, AsanaMetrics.PROJECTS_ON_TRACK,
                    AsanaMetrics.PROJECTS_AT_RISK, AsanaMetrics.PROJECTS_OFF_TRACK),
                    result.points().stream().map(point -> point.name()).toList());
            assertEquals(List.of(), testbed.asana.requests("/tasks"), "no task is read");
            assertTrue(testbed.lastContext.logger().lines().stream().anyMatch(line -> line.contains("bugs-project")));
        }
    }

    @Test
    void aBugsProjectWithoutOpenBugsOmitsTheAges() throws InterruptedException {
        AsanaDataSet data = new AsanaDataSet(AT, WORKSPACE, BUGS, projects(),
                List.of(task("1", AT.minus(Duration.ofDays(2)), AT.minus(Duration.ofDays(1)), section("Active"))));
        try (AsanaTestbed testbed = new AsanaTestbed(data, NOW)) {
            Map<String, Double> actual = AsanaCollectorSimulatorTest.values(testbed.collectOnce(AT), AT, data);
            AsanaCollectorSimulatorTest.assertMetricsMatch(ExpectedAsanaMetrics.of(data, AT, NOW), actual);
            assertEquals(12, actual.size(), "avg_age_days and oldest_bug_days are omitted, never 0");
            assertEquals(0.0, actual.get(AsanaMetrics.BUGS_TOTAL_OPEN));
        }
    }

    private static AsanaDataSet edgeData() {
        List<TaskData> tasks = new ArrayList<>();
        // Open bugs (10, one of them completed after NOW: listed by completed_since=now).
        tasks.add(task("11", WEEK, null, section("Needs triage")));
        tasks.add(task("12", WEEK.plusSeconds(1), null, section("Triage → Active")));
        tasks.add(task("13", AT, null, section("Untriaged")));
        tasks.add(task("14", AT.minus(Duration.ofDays(10)), null, section("Inactive")));
        tasks.add(task("15", AT.minus(Duration.ofDays(3)), null, section("ACTIVE")));
        tasks.add(task("16", AT.minus(Duration.ofDays(9)), null,
                new MembershipData(OTHER, "31", "Triage"), new MembershipData(BUGS, "21", "Backlog")));
        tasks.add(task("17", AT.minus(Duration.ofDays(9)), null, section("later: backlog")));
        tasks.add(task("18", AT.minus(Duration.ofDays(8)), null,
                MembershipData.withoutSection(BUGS), new MembershipData(OTHER, "32", "Active")));
        tasks.add(task("19", AT.minus(Duration.ofDays(8)), null, section("Icebox")));
        tasks.add(task("20", AT.minus(Duration.ofDays(1)), NOW.plusSeconds(60), section("Waiting")));
        // Completed bugs.
        tasks.add(task("41", AT.minus(Duration.ofDays(9)), WEEK, section("Done")));
        tasks.add(task("42", AT.minus(Duration.ofDays(9)), WEEK.plusSeconds(1), section("Done")));
        tasks.add(task("43", WEEK, AT, section("Done")));
        tasks.add(task("44", AT.minus(Duration.ofDays(2)), AT.plusSeconds(1), section("Done")));
        tasks.add(task("45", AT.minus(Duration.ofDays(40)), MONTH, section("Done")));
        tasks.add(task("46", AT.minus(Duration.ofDays(40)), MONTH.plusSeconds(1), section("Done")));
        tasks.add(task("47", AT.minus(Duration.ofDays(2)), AT.minus(Duration.ofDays(1)),
                new MembershipData(OTHER, "31", "Triage"), new MembershipData(BUGS, "22", "Done")));
        tasks.add(task("48", AT.minus(Duration.ofDays(90)), AT.minus(Duration.ofDays(60)), section("Done")));
        // Not a bug.
        tasks.add(task("90", AT.minus(Duration.ofDays(1)), null, new MembershipData(OTHER, "31", "Triage")));
        return new AsanaDataSet(AT, WORKSPACE, BUGS, projects(), tasks);
    }

    private static List<ProjectData> projects() {
        return List.of(new ProjectData(BUGS, WORKSPACE, "Bugs", false, "on_track"),
                new ProjectData(OTHER, WORKSPACE, "Roadmap", false, "at_risk"),
                new ProjectData("301", WORKSPACE, "Infra", false, "off_track"),
                new ProjectData("302", WORKSPACE, "Docs", false, null),
                new ProjectData("303", WORKSPACE, "Old", true, "off_track"),
                new ProjectData("901", "900", "Elsewhere", false, "on_track"));
    }

    private static MembershipData section(String name) {
        return new MembershipData(BUGS, Integer.toString(Math.abs(name.hashCode())), name);
    }

    private static TaskData task(String gid, Instant created, Instant completed, MembershipData... memberships) {
        return new TaskData(gid, "Task " + gid, created, completed, List.of(memberships));
    }
}
