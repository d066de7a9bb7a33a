package dev.yardstick.runtime.sink.setup;

import static java.util.Objects.requireNonNull;

/**
 * A configured sink that receives nothing in this process, and why (disabled, no API key, its
 * {@code environments} exclude the run's environment, or {@code auto} while a datadog sink receives the run).
 *
 * @param name the sink's key under {@code yardstick.sinks}
 * @param reason why it is inactive, for start-up output
 */
public record InactiveSink(String name, String reason) {

    /** Validates the components. */
    public InactiveSink {
        requireNonNull(name, "name is null");
        requireNonNull(reason, "reason is null");
    }
}
