package dev.yardstick.asana;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the 14 metrics the Asana collector emits, every one a gauge. Project metrics are tagged
 * {@code workspace}; bug metrics {@code workspace} and {@code project} (the bugs project). "Within D" means
 * {@code at − D < t ≤ at}.
 */
public final class AsanaMetrics {
    /** The tag key naming the workspace gid. */
    public static final String WORKSPACE_TAG = "workspace";
    /** The tag key naming the bugs project gid. */
    public static final String PROJECT_TAG = "project";

    public static final String PROJECTS_ACTIVE = "asana.projects.active";
    public static final String PROJECTS_ON_TRACK = "asana.projects.on_track";
    public static final String PROJECTS_AT_RISK = "asana.projects.at_risk";
    public static final String PROJECTS_OFF_TRACK = "asana.projects.off_track";
    public static final String BUGS_TOTAL_OPEN = "asana.projects.bugs.total_open";
    public static final String BUGS_TRIAGE = "asana.projects.bugs.triage_count";
    public static final String BUGS_ACTIVE = "asana.projects.bugs.active_count";
    public static final String BUGS_BACKLOG = "asana.projects.bugs.backlog_count";
    public static final String BUGS_OTHER = "asana.projects.bugs.other_count";
    public static final String BUGS_CREATED_7D = "asana.projects.bugs.created_7d";
    public static final String BUGS_AVG_AGE = "asana.projects.bugs.avg_age_days";
    public static final String BUGS_OLDEST = "asana.projects.bugs.oldest_bug_days";
    public static final String BUGS_COMPLETED_7D = "asana.projects.bugs.completed_7d";
    public static final String BUGS_COMPLETED_30D = "asana.projects.bugs.completed_30d";

    private static final List<MetricDescriptor> PROJECT_METRICS = List.of(
            project(PROJECTS_ACTIVE, "Non-archived projects of the workspace."),
            project(PROJECTS_ON_TRACK, "Of those, projects whose current status update is on_track."),
            project(PROJECTS_AT_RISK, "Of those, projects whose current status update is at_risk."),
            project(PROJECTS_OFF_TRACK, "Of those, projects whose current status update is off_track."));

    private static final List<MetricDescriptor> BUG_METRICS = List.of(
            bug(BUGS_TOTAL_OPEN, Unit.TASK, "Incomplete tasks of the bugs project."),
            bug(BUGS_TRIAGE, Unit.TASK, "Open bugs whose section in the bugs project matches the triage pattern."),
            bug(BUGS_ACTIVE, Unit.TASK, "Open bugs whose section matches the active pattern (and not triage)."),
            bug(BUGS_BACKLOG, Unit.TASK, "Open bugs whose section matches the backlog pattern (and no earlier one)."),
            bug(BUGS_OTHER, Unit.TASK, "Open bugs matching no section pattern, or in no section of the bugs project."),
            bug(BUGS_CREATED_7D, Unit.TASK, "Open and completed bugs created in the last 7 days, each once."),
            bug(BUGS_AVG_AGE, Unit.DAY, "Mean age (at − created_at) of the open bugs; omitted when there are none."),
            bug(BUGS_OLDEST, Unit.DAY, "Age of the oldest open bug; omitted when there are none."),
            bug(BUGS_COMPLETED_7D, Unit.TASK, "Bugs completed in the last 7 days."),
            bug(BUGS_COMPLETED_30D, Unit.TASK, "Bugs completed in the last 30 days."));

    private static final List<MetricDescriptor> CATALOGUE = concat(PROJECT_METRICS, BUG_METRICS);

    private static final Map<String, MetricDescriptor> BY_NAME =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(MetricDescriptor::name, Function.identity()));

    private AsanaMetrics() {
    }

    /**
     * Returns the catalogue of the type: the 4 project metrics, then the 10 bug metrics (which an instance without
     * {@code bugs-project} never emits).
     *
     * @return the 14 descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /**
     * Returns one descriptor.
     *
     * @param name a metric name of the catalogue
     * @return the descriptor
     * @throws IllegalArgumentException if the name is not in the catalogue
     */
    public static MetricDescriptor descriptor(String name) {
        MetricDescriptor descriptor = BY_NAME.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("not an Asana metric: " + name);
        }
        return descriptor;
    }

    private static MetricDescriptor project(String name, String description) {
        return MetricDescriptor.gauge(name, Unit.ITEM, description, WORKSPACE_TAG);
    }

    private static MetricDescriptor bug(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description, WORKSPACE_TAG, PROJECT_TAG);
    }

    private static List<MetricDescriptor> concat(List<MetricDescriptor> first, List<MetricDescriptor> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
