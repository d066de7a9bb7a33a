package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/**
 * A GitHub request or answer that stops the section in progress. The message never holds the token.
 */
final class GithubApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final int status;

    GithubApiException(FailureKind kind, String message) {
        this(kind, 0, message);
    }

    GithubApiException(FailureKind kind, int status, String message) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
        this.status = status;
    }

    GithubApiException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
        this.status = 0;
    }

    FailureKind kind() {
        return kind;
    }

    /** The HTTP status GitHub answered, or 0 when the failure was not an answer. */
    int status() {
        return status;
    }
}
