package dev.yardstick.sandbox.asana;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the default Asana data set from a seed: a few hundred projects with every status type, null statuses and
 * archived ones (plus projects of another workspace), and a bugs project with a few thousand tasks created over the
 * 90 days before the reference instant. Some tasks are multi-homed with another project as their first membership
 * (in a section whose name would mislead), some sit in no section, section names overlap the default patterns
 * ({@code Untriaged}, {@code Inactive}, {@code Triage → Active handoff}), and edge tasks are created exactly at
 * {@code at − 7d} and {@code at}, or completed exactly at {@code at − 7d} and {@code at − 30d}.
 */
final class AsanaDataGenerator {
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final int PROJECTS = 340;
    private static final int BUGS = 3200;
    private static final String OTHER_WORKSPACE = "1200000000000001";
    private static final String[] STATUSES = {"on_track", "on_track", "on_track", "at_risk", "at_risk", "off_track",
        "on_hold", "complete", "achieved", "partial", "missed", "dropped", null, null};
    private static final String[] BUG_SECTIONS = {"Needs Triage", "Untriaged", "Active", "ACTIVE – on call",
        "Backlog", "backlog: low priority", "Icebox", "Waiting on customer", "Triage → Active handoff", "Inactive"};
    private static final String[] OTHER_SECTIONS = {"Triage", "Sprint active", "Backlog grooming", "Done"};

    private final Random random;
    private final Instant reference;
    private long nextGid = 1_211_000_000_000_000L;

    private AsanaDataGenerator(long seed, Instant reference) {
        this.random = new Random(seed);
        this.reference = reference;
    }

    static AsanaDataSet generate(long seed, Instant reference) {
        return new AsanaDataGenerator(seed, reference).dataSet();
    }

    private AsanaDataSet dataSet() {
        String workspace = AsanaDataSet.WORKSPACE_GID;
        String bugs = AsanaDataSet.BUGS_PROJECT_GID;
        List<ProjectData> projects = new ArrayList<>();
        projects.add(new ProjectData(bugs, workspace, "Bugs", false, "at_risk"));
        for (int i = 1; i < PROJECTS; i++) {
            boolean archived = random.nextInt(100) < 7;
            projects.add(new ProjectData(gid(), workspace, "Project " + i, archived, pick(STATUSES)));
        }
        for (int i = 0; i < 15; i++) {
            projects.add(new ProjectData(gid(), OTHER_WORKSPACE, "Elsewhere " + i, false, "on_track"));
        }
        List<String> bugSectionGids = gids(BUG_SECTIONS.length);
        List<String> otherSectionGids = gids(OTHER_SECTIONS.length);
        List<TaskData> tasks = new ArrayList<>();
        for (int i = 0; i < BUGS; i++) {
            Instant created = reference.minus(randomDuration(HISTORY));
            Instant completed = random.nextInt(100) < 55 ? created.plus(randomDuration(Duration.between(created,
                    reference))) : null;
            tasks.add(new TaskData(gid(), "Bug " + i, created, completed,
                    memberships(projects, bugSectionGids, otherSectionGids)));
        }
        addEdgeTasks(tasks, bugSectionGids);
        for (int i = 0; i < 40; i++) {
            String other = projects.get(1 + random.nextInt(PROJECTS - 1)).gid();
            tasks.add(new TaskData(gid(), "Feature " + i, reference.minus(randomDuration(Duration.ofDays(10))), null,
                    List.of(MembershipData.withoutSection(other))));
        }
        return new AsanaDataSet(reference, workspace, bugs, projects, tasks);
    }

    private List<MembershipData> memberships(List<ProjectData> projects, List<String> bugSectionGids,
            List<String> otherSectionGids) {
        MembershipData inBugs;
        if (random.nextInt(100) < 8) {
            inBugs = MembershipData.withoutSection(AsanaDataSet.BUGS_PROJECT_GID);
        } else {
            int section = random.nextInt(BUG_SECTIONS.length);
            inBugs = new MembershipData(AsanaDataSet.BUGS_PROJECT_GID, bugSectionGids.get(section),
                    BUG_SECTIONS[section]);
        }
        int roll = random.nextInt(100);
        if (roll >= 15) {
            return List.of(inBugs);
        }
        int section = random.nextInt(OTHER_SECTIONS.length);
        MembershipData other = new MembershipData(projects.get(1 + random.nextInt(10)).gid(),
                otherSectionGids.get(section), OTHER_SECTIONS[section]);
        // Mostly another project first: the first membership is not the bugs project's.
        return roll < 12 ? List.of(other, inBugs) : List.of(inBugs, other);
    }

    /** Tasks created or completed exactly on the windows' edges, and one completed long before every window. */
    private void addEdgeTasks(List<TaskData> tasks, List<String> sections) {
        Instant week = reference.minus(Duration.ofDays(7));
        Instant month = reference.minus(Duration.ofDays(30));
        MembershipData triage = new MembershipData(AsanaDataSet.BUGS_PROJECT_GID, sections.get(0), BUG_SECTIONS[0]);
        edge(tasks, "Open, created at the 7-day edge", week, null, triage);
        edge(tasks, "Open, created just inside 7 days", week.plusSeconds(1), null, triage);
        edge(tasks, "Open, created at the reference instant", reference, null, triage);
        edge(tasks, "Completed at the 7-day edge", reference.minus(Duration.ofDays(20)), week, triage);
        edge(tasks, "Completed just inside 7 days", reference.minus(Duration.ofDays(8)), week.plusSeconds(1), triage);
        edge(tasks, "Completed at the 30-day edge", reference.minus(Duration.ofDays(40)), month, triage);
        edge(tasks, "Completed just inside 30 days", reference.minus(Duration.ofDays(40)), month.plusSeconds(1),
                triage);
        // Completed a second before the reference: one completed at "now" would still be listed by completed_since=now.
        edge(tasks, "Created this week, completed just now", week.plusSeconds(60), reference.minusSeconds(1), triage);
        edge(tasks, "Created at the 7-day edge, completed", week, reference.minus(Duration.ofDays(1)), triage);
        edge(tasks, "Completed long ago", reference.minus(Duration.ofDays(85)), reference.minus(Duration.ofDays(60)),
                triage);
    }

    private void edge(List<TaskData> tasks, String name, Instant created, Instant completed, MembershipData section) {
        tasks.add(new TaskData(gid(), name, created, completed, List.of(section)));
    }

    private List<String> gids(int count) {
        List<String> gids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gids.add(gid());
        }
        return gids;
    }

    private String gid() {
        return Long.toString(nextGid++);
    }

    private Duration randomDuration(Duration bound) {
        return Duration.ofSeconds((long) (random.nextDouble() * bound.toSeconds()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
