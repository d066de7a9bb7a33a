package dev.yardstick.skypilot;

import java.util.Locale;
import java.util.Optional;

/** The groups of {@code ManagedJobStatus} values the job metrics count. */
enum StatusGroup {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** The tag value, e.g. {@code status:running}. */
    String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Classifies a status.
     *
     * @param status a status such as {@code RUNNING} (a {@code ManagedJobStatus.} prefix is ignored)
     * @return its group, or empty for a status in none
     */
    static Optional<StatusGroup> of(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String value = status.substring(status.lastIndexOf('.') + 1);
        return switch (value) {
            case "PENDING", "SUBMITTED", "STARTING" -> Optional.of(QUEUED);
            case "RUNNING", "RECOVERING" -> Optional.of(RUNNING);
            case "SUCCEEDED" -> Optional.of(SUCCEEDED);
            case "CANCELLING", "CANCELLED" -> Optional.of(CANCELLED);
            default -> value.equals("FAILED") || value.startsWith("FAILED_") ? Optional.of(FAILED) : Optional.empty();
        };
    }
}
