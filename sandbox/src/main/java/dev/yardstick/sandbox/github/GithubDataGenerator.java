package dev.yardstick.sandbox.github;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds the default GitHub data set from a seed: four repositories over the 60 days before the reference
 * instant, with authors with and without logins, re-runs, cancellations, time-outs, benchmarks, runs on other
 * branches, a busy repository with more than 1,000 runs in one week, and events placed exactly at the edges
 * of the 7-day window (and one hour after the reference instant).
 */
final class GithubDataGenerator {
    private static final Duration HISTORY = Duration.ofDays(60);
    private static final String[] WORKFLOWS = {"CI", "Tests", "Lint", "Benchmark suite", "Deploy docs"};
    private static final String[] LOGINS = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    private static final String[] NO_LOGIN_EMAILS = {"Ivan@Example.COM", "judy@example.com", "Mallory@Corp.example",
        "oscar@corp.example"};

    private final Random random;
    private final Instant reference;

    private GithubDataGenerator(long seed, Instant reference) {
        this.random = new Random(seed);
        this.reference = reference;
    }

    /** A repository's shape: sizes and activity. */
    private record Profile(String owner, String name, String defaultBranch, int branches, int pulls, int commits,
            int runsPerDay, int recentRunsPerDay, boolean benchmarks, boolean edges) {
    }

    static GithubDataSet generate(long seed, Instant reference) {
        GithubDataGenerator generator = new GithubDataGenerator(seed, reference);
        List<RepoData> repos = List.of(
                generator.repo(new Profile("acme", "widgets", "main", 24, 320, 420, 40, 40, true, true)),
                generator.repo(new Profile("acme", "platform", "trunk", 40, 260, 300, 20, 190, true, false)),
                generator.repo(new Profile("acme", "docs", "master", 3, 40, 60, 2, 2, false, false)),
                generator.repo(new Profile("acme", "archive", "main", 1, 0, 0, 0, 0, false, false)));
        return new GithubDataSet(reference, repos);
    }

    private RepoData repo(Profile profile) {
        List<String> branches = new ArrayList<>(List.of(profile.defaultBranch()));
        for (int i = 1; i < profile.branches(); i++) {
            branches.add("feature/" + profile.name() + "-" + i);
        }
        List<PullData> pulls = new ArrayList<>();
        for (int i = 1; i <= profile.pulls(); i++) {
            pulls.add(pull(i));
        }
        List<CommitData> commits = new ArrayList<>();
        for (int i = 0; i < profile.commits(); i++) {
            commits.add(commit(reference.minus(randomDuration(HISTORY)), pick(WORKFLOWS) + " change " + i, 1 + random.nextInt(8)));
        }
        List<RunData> runs = runs(profile, branches);
        if (profile.edges()) {
            addEdgeEvents(pulls, commits, runs, profile.defaultBranch());
        }
        commits.sort(Comparator.comparing(CommitData::committedAt).reversed());
        return new RepoData(profile.owner(), profile.name(), profile.defaultBranch(), branches, pulls, commits, runs);
    }

    private PullData pull(int number) {
        Instant created = reference.minus(randomDuration(HISTORY));
        Instant end = created.plus(randomDuration(Duration.ofDays(10))).plusSeconds(1800);
        int outcome = random.nextInt(100);
        int comments = random.nextInt(9);
        int reviews = random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(12);
        String author = pick(LOGINS);
        if (outcome < 15 || end.isAfter(reference)) {
            Instant updated = created.plus(randomDuration(Duration.between(created, reference)));
            return new PullData(number, "Open change " + number, author, created, updated, null, null, comments, reviews);
        }
        Instant updated = min(end.plus(randomDuration(Duration.ofDays(2))), reference);
        Instant merged = outcome < 85 ? end : null;
        return new PullData(number, "Change " + number, author, created, updated, end, merged, comments, reviews);
    }

    private CommitData commit(Instant at, String subject, int fileCount) {
        int who = random.nextInt(LOGINS.length + NO_LOGIN_EMAILS.length);
        String login = who < LOGINS.length ? LOGINS[who] : null;
        String email = login != null ? login + "@example.com" : NO_LOGIN_EMAILS[who - LOGINS.length];
        List<String> files = new ArrayList<>();
        for (int i = 0; i < fileCount; i++) {
            files.add(fileCount > 50 ? "generated/file-" + i + ".txt" : "src/module" + random.nextInt(12) + "/File"
                    + random.nextInt(9) + ".java");
        }
        return new CommitData(sha(), login, email.substring(0, email.indexOf('@')), email, message(subject), at,
                random.nextInt(400), random.nextInt(200), files.stream().distinct().toList());
    }

    private String message(String subject) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return "Hotfix: " + subject;
        } else if (roll < 9) {
            return "Revert \"" + subject + "\"\n\nThis reverts an earlier commit.";
        } else if (roll < 12) {
            return subject + " (force-push after rebase)";
        } else if (roll < 14) {
            return "FORCE MERGE: " + subject;
        }
        return subject + "\n\nDetails of the change.";
    }

    private List<RunData> runs(Profile profile, List<String> branches) {
        List<Instant> created = new ArrayList<>();
        for (int day = 0; day < HISTORY.toDays(); day++) {
            int count = day < 7 ? profile.recentRunsPerDay() : profile.runsPerDay();
            Instant dayEnd = reference.minus(Duration.ofDays(day));
            for (int i = 0; i < count; i++) {
                created.add(dayEnd.minus(randomDuration(Duration.ofDays(1))));
            }
        }
        created.sort(Comparator.naturalOrder());
        List<RunData> runs = new ArrayList<>();
        long id = 9_000_000L + 100_000L * profile.branches();
        for (Instant at : created) {
            runs.add(run(++id, at, pickWorkflow(profile), pickBranch(profile, branches)));
        }
        return runs;
    }

    private RunData run(long id, Instant created, String name, String branch) {
        int attempt = random.nextInt(100) < 85 ? 1 : random.nextInt(100) < 80 ? 2 : 3;
        Instant started = random.nextInt(100) < 5 ? null : created.plusSeconds(random.nextInt(300));
        Instant base = started == null ? created : started;
        if (Duration.between(created, reference).toMinutes() < 90 && random.nextBoolean()) {
            return new RunData(id, name, branch, "in_progress", null, created, base.plusSeconds(30), started, attempt);
        }
        Instant updated = base.plusSeconds(60 + random.nextInt(3600));
        int roll = random.nextInt(100);
        String conclusion = roll < 70 ? "success" : roll < 85 ? "failure" : roll < 92 ? "cancelled"
                : roll < 95 ? "timed_out" : "skipped";
        return new RunData(id, name, branch, "completed", conclusion, created, updated, started, attempt);
    }

    /** Events at exactly at − 7d (outside the window), at the reference instant (inside), and one hour later. */
    private void addEdgeEvents(List<PullData> pulls, List<CommitData> commits, List<RunData> runs, String main) {
        Instant edge = reference.minus(Duration.ofDays(7));
        Instant later = reference.plus(Duration.ofHours(1));
        int next = pulls.size();
        pulls.add(new PullData(++next, "Merged at the window start", "alice", edge.minus(Duration.ofDays(1)), edge, edge, edge, 1, 1));
        pulls.add(new PullData(++next, "Merged at the reference instant", "bob", reference.minus(Duration.ofHours(5)), reference, reference, reference, 2, 0));
        pulls.add(new PullData(++next, "Closed at the window start", "carol", edge.minus(Duration.ofDays(2)), edge, edge, null, 0, 0));
        pulls.add(new PullData(++next, "Merged after the reference", "dave", reference.minus(Duration.ofDays(1)), later, later, later, 3, 3));
        pulls.add(new PullData(++next, "Open, updated exactly 14 days ago", "erin", reference.minus(Duration.ofDays(20)), reference.minus(Duration.ofDays(14)), null, null, 0, 0));
        commits.add(commit(edge, "Commit at the window start", 2));
        commits.add(commit(reference, "Commit at the reference instant", 3));
        commits.add(commit(reference.minus(Duration.ofHours(30)), "Regenerate fixtures", 350));
        commits.add(commit(later, "Commit after the reference", 1));
        long id = runs.get(runs.size() - 1).id();
        runs.add(new RunData(++id, "Benchmark suite", main, "completed", "success", edge, edge.plusSeconds(600), edge.plusSeconds(5), 1));
        runs.add(new RunData(++id, "Tests", main, "completed", "failure", reference, reference, reference, 2));
        runs.add(new RunData(++id, "Tests", main, "completed", "success", later, later.plusSeconds(60), later, 1));
    }

    private String pickWorkflow(Profile profile) {
        String name = pick(WORKFLOWS);
        return !profile.benchmarks() && name.startsWith("Benchmark") ? "CI" : name;
    }

    private String pickBranch(Profile profile, List<String> branches) {
        return random.nextInt(100) < 60 ? profile.defaultBranch() : branches.get(random.nextInt(branches.size()));
    }

    private String sha() {
        StringBuilder sha = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            sha.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sha.toString().toLowerCase(Locale.ROOT);
    }

    private Duration randomDuration(Duration bound) {
        return Duration.ofSeconds((long) (random.nextDouble() * bound.toSeconds()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
