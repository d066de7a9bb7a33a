package dev.yardstick.asana;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/** An Asana request or answer that stops the section in progress. The message never holds the token. */
final class AsanaApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    AsanaApiException(FailureKind kind, String message) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
    }

    FailureKind kind() {
        return kind;
    }
}
