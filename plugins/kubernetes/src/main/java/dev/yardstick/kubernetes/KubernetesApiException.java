package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/** A failed API call or an unusable answer, with why it failed; the message never holds a credential. */
final class KubernetesApiException extends Exception {
    private static final long serialVersionUID = 1L;
    private final FailureKind kind;
    private final int statusCode;

    KubernetesApiException(FailureKind kind, String message) {
        this(kind, message, 0);
    }

    KubernetesApiException(FailureKind kind, String message, int statusCode) {
        super(message, null, false, false);
        this.kind = requireNonNull(kind, "kind is null");
        this.statusCode = statusCode;
    }

    /** The HTTP status the API server answered, or 0 when the failure was not an HTTP answer. */
    int statusCode() {
        return statusCode;
    }

    FailureKind kind() {
        return kind;
    }
}
