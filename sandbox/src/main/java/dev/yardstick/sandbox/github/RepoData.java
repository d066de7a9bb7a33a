package dev.yardstick.sandbox.github;

import java.util.List;
import java.util.Objects;

/**
 * A simulated repository: its branches, pull requests, default-branch commits and workflow runs.
 *
 * @param owner the owner login
 * @param name the repository name
 * @param defaultBranch the default branch, also listed in {@code branches}
 * @param branches every branch name
 * @param pulls the pull requests
 * @param commits the commits of the default branch
 * @param runs the workflow runs
 */
public record RepoData(String owner, String name, String defaultBranch, List<String> branches,
        List<PullData> pulls, List<CommitData> commits, List<RunData> runs) {

    public RepoData {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultBranch, "defaultBranch");
        branches = List.copyOf(branches);
        pulls = List.copyOf(pulls);
        commits = List.copyOf(commits);
        runs = List.copyOf(runs);
        if (!branches.contains(defaultBranch)) {
            throw new IllegalArgumentException(fullName() + ": default branch " + defaultBranch + " is not listed");
        }
    }

    /** Returns {@code owner/name}. */
    public String fullName() {
        return owner + "/" + name;
    }
}
