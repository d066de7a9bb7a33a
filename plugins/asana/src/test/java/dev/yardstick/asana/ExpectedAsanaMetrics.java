package dev.yardstick.asana;

import dev.yardstick.sandbox.asana.AsanaDataSet;
import dev.yardstick.sandbox.asana.MembershipData;
import dev.yardstick.sandbox.asana.ProjectData;
import dev.yardstick.sandbox.asana.TaskData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The 14 Asana metrics computed straight from a simulated data set, without the collector's code: what a correct
 * collector must report for the evaluation instant {@code at} when the simulated Asana's "now" is {@code now}.
 */
final class ExpectedAsanaMetrics {
    private static final double DAY_SECONDS = 86_400.0;

    private ExpectedAsanaMetrics() {
    }

    static Map<String, Double> of(AsanaDataSet data, Instant at, Instant now) {
        return of(data, at, now, List.of("(?i)triage", "(?i)active", "(?i)backlog"));
    }

    /** With the section patterns in their order (triage, active, backlog). */
    static Map<String, Double> of(AsanaDataSet data, Instant at, Instant now, List<String> patterns) {
        Map<String, Double> expected = new TreeMap<>();
        List<ProjectData> projects = data.projects().stream()
                .filter(project -> project.workspaceGid().equals(data.workspaceGid()) && !project.archived()).toList();
        expected.put("asana.projects.active", (double) projects.size());
        for (String status : List.of("on_track", "at_risk", "off_track")) {
            expected.put("asana.projects." + status,
                    (double) projects.stream().filter(p -> status.equals(p.statusType())).count());
        }
        String bugs = data.bugsProjectGid();
        List<TaskData> inBugs = data.tasks().stream().filter(task -> task.memberships().stream()
                .anyMatch(membership -> membership.projectGid().equals(bugs))).toList();
        // completed_since=now lists the incomplete tasks and those completed at or after now.
        List<TaskData> open = inBugs.stream().filter(t -> t.completedAt() == null || !t.completedAt().isBefore(now))
                .toList();
        Instant since = at.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        List<TaskData> completed = inBugs.stream()
                .filter(t -> t.completedAt() != null && !t.completedAt().isBefore(since)).toList();
        expected.put("asana.projects.bugs.total_open", (double) open.size());
        String[] names = {"triage", "active", "backlog"};
        double[] bySection = new double[4];
        for (TaskData task : open) {
            bySection[section(task, bugs, patterns)]++;
        }
        for (int i = 0; i < names.length; i++) {
            expected.put("asana.projects.bugs." + names[i] + "_count", bySection[i]);
        }
        expected.put("asana.projects.bugs.other_count", bySection[3]);
        expected.put("asana.projects.bugs.created_7d", (double) Stream.concat(open.stream(),
                completed.stream()).filter(t -> inWindow(t.createdAt(), at, 7)).map(TaskData::gid).distinct().count());
        if (!open.isEmpty()) {
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (TaskData task : open) {
                double age = (at.getEpochSecond() - task.createdAt().getEpochSecond()) / DAY_SECONDS;
                sum += age;
                max = Math.max(max, age);
            }
            expected.put("asana.projects.bugs.avg_age_days", sum / open.size());
            expected.put("asana.projects.bugs.oldest_bug_days", max);
        }
        expected.put("asana.projects.bugs.completed_7d",
                (double) completed.stream().filter(t -> inWindow(t.completedAt(), at, 7)).count());
        expected.put("asana.projects.bugs.completed_30d",
                (double) completed.stream().filter(t -> inWindow(t.completedAt(), at, 30)).count());
        return expected;
    }

    /** 0 triage, 1 active, 2 backlog, 3 other: the first pattern found in the bugs-project section's name. */
    private static int section(TaskData task, String bugs, List<String> patterns) {
        String name = task.memberships().stream().filter(m -> m.projectGid().equals(bugs))
                .map(MembershipData::sectionName).filter(Objects::nonNull).findFirst().orElse(null);
        for (int i = 0; name != null && i < patterns.size(); i++) {
            if (Pattern.compile(patterns.get(i)).matcher(name).find()) {
                return i;
            }
        }
        return 3;
    }

    private static boolean inWindow(Instant t, Instant at, int days) {
        long seconds = at.getEpochSecond() - t.getEpochSecond();
        return seconds >= 0 && seconds < days * 86_400L;
    }
}
