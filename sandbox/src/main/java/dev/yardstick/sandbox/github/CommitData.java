package dev.yardstick.sandbox.github;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A simulated commit on a repository's default branch.
 *
 * @param sha the 40-hex commit id
 * @param authorLogin the author's GitHub login, or null when the e-mail is linked to no account
 * @param authorName the git author name
 * @param authorEmail the git author e-mail (case as written in the commit)
 * @param message the commit message
 * @param committedAt the committer date
 * @param additions lines added
 * @param deletions lines deleted
 * @param files the files changed
 */
public record CommitData(String sha, String authorLogin, String authorName, String authorEmail, String message,
        Instant committedAt, int additions, int deletions, List<String> files) {

    public CommitData {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(committedAt, "committedAt");
        files = List.copyOf(files);
    }
}
