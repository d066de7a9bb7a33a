package dev.yardstick.github;

import static dev.yardstick.github.GithubMetrics.CODE_FILES_CHANGED;
import static dev.yardstick.github.GithubMetrics.CODE_LINES_ADDED;
import static dev.yardstick.github.GithubMetrics.CODE_LINES_DELETED;
import static dev.yardstick.github.GithubMetrics.COMMITS_FORCE_MERGE;
import static dev.yardstick.github.GithubMetrics.COMMITS_HOTFIX;
import static dev.yardstick.github.GithubMetrics.COMMITS_PER_DEVELOPER;
import static dev.yardstick.github.GithubMetrics.COMMITS_REVERTS;
import static dev.yardstick.github.GithubMetrics.COMMITS_TOTAL;
import static dev.yardstick.github.GithubMetrics.DEVELOPERS_ACTIVE;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The commit, developer and code-size metrics of the default branch's commits in the window. */
final class CommitMetrics {
    private CommitMetrics() {
    }

    /** The listed commits whose committer date is in the window. */
    static List<CommitSummary> inWindow(List<CommitSummary> commits, Window window) {
        return commits.stream().filter(commit -> window.contains(commit.committedAt())).toList();
    }

    /**
     * Computes the commit and developer metrics.
     *
     * @param commits the commits of the default branch in the window
     * @param settings the three message patterns
     * @return the measurements
     */
    static List<Measurement> commits(List<CommitSummary> commits, GithubSettings settings) {
        Set<String> developers = commits.stream().map(CommitSummary::author).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Measurement.Builder out = new Measurement.Builder()
                .put(COMMITS_TOTAL, commits.size())
                .put(COMMITS_HOTFIX, matching(commits, settings.hotfixPattern()))
                .put(COMMITS_REVERTS, matching(commits, settings.revertPattern()))
                .put(COMMITS_FORCE_MERGE, matching(commits, settings.forceMergePattern()))
                .put(DEVELOPERS_ACTIVE, developers.size());
        if (!developers.isEmpty()) {
            out.put(COMMITS_PER_DEVELOPER, (double) commits.size() / developers.size());
        }
        return out.build();
    }

    /**
     * Computes the code-size metrics.
     *
     * @param details the details of the commits in the window
     * @return the measurements
     */
    static List<Measurement> code(List<CommitDetail> details) {
        Set<String> files = new HashSet<>();
        details.forEach(detail -> files.addAll(detail.files()));
        return new Measurement.Builder()
                .put(CODE_LINES_ADDED, details.stream().mapToLong(CommitDetail::additions).sum())
                .put(CODE_LINES_DELETED, details.stream().mapToLong(CommitDetail::deletions).sum())
                .put(CODE_FILES_CHANGED, files.size())
                .build();
    }

    private static long matching(List<CommitSummary> commits, Pattern pattern) {
        return commits.stream().filter(commit -> pattern.matcher(commit.message()).find()).count();
    }
}
