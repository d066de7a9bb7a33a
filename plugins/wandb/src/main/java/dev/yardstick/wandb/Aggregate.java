package dev.yardstick.wandb;

import java.util.Locale;
import java.util.Optional;

/** How a summary metric combines the values of the runs that have its key. */
enum Aggregate {
    /** The value of the run with the greatest {@code heartbeatAt}. */
    LATEST,
    /** The arithmetic mean. */
    MEAN,
    /** The largest value. */
    MAX,
    /** The smallest value. */
    MIN;

    /** Parses {@code latest}, {@code mean}, {@code max} or {@code min}, in any case. */
    static Optional<Aggregate> parse(String text) {
        for (Aggregate aggregate : values()) {
            if (aggregate.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(aggregate);
            }
        }
        return Optional.empty();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
