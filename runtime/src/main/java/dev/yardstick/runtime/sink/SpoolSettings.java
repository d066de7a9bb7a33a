package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where undelivered batches wait for the next run ({@code yardstick.sinks.<name>.spool}).
 *
 * @param path the spool directory
 * @param maxAge points older than this (relative to the clock) are dropped instead of replayed
 * @param maxBytes bound on the spool's size on disk; the oldest files are removed first
 */
public record SpoolSettings(Path path, Duration maxAge, long maxBytes) {

    /** Validates the components. */
    public SpoolSettings {
        requireNonNull(path, "path is null");
        requireNonNull(maxAge, "maxAge is null");
    }
}
