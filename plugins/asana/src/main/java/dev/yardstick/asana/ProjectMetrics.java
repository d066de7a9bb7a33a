package dev.yardstick.asana;

import static dev.yardstick.asana.AsanaMetrics.PROJECTS_ACTIVE;
import static dev.yardstick.asana.AsanaMetrics.PROJECTS_AT_RISK;
import static dev.yardstick.asana.AsanaMetrics.PROJECTS_OFF_TRACK;
import static dev.yardstick.asana.AsanaMetrics.PROJECTS_ON_TRACK;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four project metrics, computed from the workspace's non-archived projects. */
final class ProjectMetrics {
    private ProjectMetrics() {
    }

    /**
     * Computes the project metrics.
     *
     * @param projects the projects listed with {@code archived=false}
     * @return the values by metric name, every one present (zero when nothing matched)
     */
    static Map<String, Double> compute(List<AsanaProject> projects) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(PROJECTS_ACTIVE, (double) projects.size());
        values.put(PROJECTS_ON_TRACK, withStatus(projects, "on_track"));
        values.put(PROJECTS_AT_RISK, withStatus(projects, "at_risk"));
        values.put(PROJECTS_OFF_TRACK, withStatus(projects, "off_track"));
        return values;
    }

    private static double withStatus(List<AsanaProject> projects, String statusType) {
        return projects.stream().filter(project -> project.statusType().filter(statusType::equals).isPresent()).count();
    }
}
