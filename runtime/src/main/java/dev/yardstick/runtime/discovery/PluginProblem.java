package dev.yardstick.runtime.discovery;

import static java.util.Objects.requireNonNull;

/**
 * Why a plugin (or a class path factory) was refused, or its {@code reference.conf} could not be read.
 *
 * @param origin the jar or directory, or {@code class path}; with a line when known
 * @param message what is wrong
 */
public record PluginProblem(String origin, String message) {

    /** Validates the components. */
    public PluginProblem {
        requireNonNull(origin, "origin is null");
        requireNonNull(message, "message is null");
    }

    /**
     * Renders the problem as one line.
     *
     * @return {@code origin: message}
     */
    public String render() {
        return origin + ": " + message;
    }
}
