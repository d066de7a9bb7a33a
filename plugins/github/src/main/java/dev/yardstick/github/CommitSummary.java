package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A commit as listed by {@code GET /repos/{o}/{r}/commits}.
 *
 * @param sha the commit id
 * @param authorLogin the GitHub login of the author, or null when the author has no linked account
 * @param authorEmail the author e-mail of the git commit, or null
 * @param message the commit message
 * @param committedAt the committer date
 */
record CommitSummary(String sha, String authorLogin, String authorEmail, String message, Instant committedAt) {

    CommitSummary {
        requireNonNull(sha, "sha is null");
        requireNonNull(message, "message is null");
        requireNonNull(committedAt, "committedAt is null");
    }

    /** The author's identity: the login, else the lower-cased e-mail; empty when neither is known. */
    Optional<String> author() {
        if (authorLogin != null && !authorLogin.isEmpty()) {
            return Optional.of(authorLogin);
        }
        if (authorEmail != null && !authorEmail.isEmpty()) {
            return Optional.of(authorEmail.toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
