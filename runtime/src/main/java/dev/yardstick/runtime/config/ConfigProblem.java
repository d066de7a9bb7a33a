package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

/**
 * One problem found at start-up: a bad setting, an unresolvable secret or a rejected plugin.
 *
 * @param origin where the value came from: {@code file:line}, {@code --set path}, {@code reference}, or a jar path
 * @param path the HOCON path concerned, empty when none applies
 * @param message what is wrong; never contains a secret value
 */
public record ConfigProblem(String origin, String path, String message) {

    /** Validates the components. */
    public ConfigProblem {
        requireNonNull(origin, "origin is null");
        requireNonNull(path, "path is null");
        requireNonNull(message, "message is null");
    }

    /**
     * Renders the problem as one line, {@code origin: path: message}.
     *
     * @return the line
     */
    public String render() {
        return path.isEmpty() ? origin + ": " + message : origin + ": " + path + ": " + message;
    }
}
