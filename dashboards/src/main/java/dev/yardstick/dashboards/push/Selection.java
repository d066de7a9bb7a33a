package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which artifacts {@code plan} and {@code push} handle.
 *
 * @param includeUninstalled also those whose collectors are not installed (checked against the shipped catalogue)
 * @param only just the artifact with this key
 */
public record Selection(boolean includeUninstalled, Optional<String> only) {

    /** Validates the components. */
    public Selection {
        requireNonNull(only, "only");
    }

    /** Every installed artifact. */
    public static Selection all() {
        return new Selection(false, Optional.empty());
    }
}
