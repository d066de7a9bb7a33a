package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;

/** A W&B request or answer that stops the sections needing it. The message never holds the API key. */
final class WandbApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    WandbApiException(FailureKind kind, String message) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
    }

    FailureKind kind() {
        return kind;
    }
}
