package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The size of one commit, from {@code GET /repos/{o}/{r}/commits/{sha}}. Commits are immutable, so a detail
 * never changes once read.
 *
 * @param sha the commit id
 * @param additions lines added
 * @param deletions lines deleted
 * @param files the names of the files changed
 */
record CommitDetail(String sha, long additions, long deletions, List<String> files) {

    CommitDetail {
        requireNonNull(sha, "sha is null");
        files = List.copyOf(files);
    }
}
