package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/**
 * A GitHub request or answer that stops the section in progress. The message never holds the token.
 */
final class GithubApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    GithubApiException(FailureKind kind, String message) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
    }

    GithubApiException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    FailureKind kind() {
        return kind;
    }
}
