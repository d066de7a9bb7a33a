package dev.yardstick.api;

import static java.util.Objects.requireNonNull;

/**
 * A failure of one section of a collection. Sections are the collector's own units of work (for the GitHub
 * collector: {@code prs}, {@code branches}, {@code commits}, {@code code}, {@code ci}); a failing section
 * emits none of its metrics while the others still emit theirs.
 *
 * @param section the section that failed, or {@code collector} for the whole collector
 * @param kind why it failed
 * @param message a human-readable explanation that never contains a secret
 */
public record CollectFailure(String section, FailureKind kind, String message) {

    /** Validates the components. */
    public CollectFailure {
        requireNonNull(section, "section is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(message, "message is null");
    }
}
