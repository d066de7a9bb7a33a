package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/**
 * An API server request or answer that stops the section in progress. The message never holds a credential or
 * the configured URL's user info.
 */
final class SkypilotApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final boolean expired;

    SkypilotApiException(FailureKind kind, String message) {
        this(kind, message, false);
    }

    private SkypilotApiException(FailureKind kind, String message, boolean expired) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
        this.expired = expired;
    }

    /** The server no longer knows the request (404 on {@code /api/get}); the section may start over once. */
    static SkypilotApiException expired(String message) {
        return new SkypilotApiException(FailureKind.UPSTREAM_UNAVAILABLE, message, true);
    }

    FailureKind kind() {
        return kind;
    }

    boolean expired() {
        return expired;
    }
}
