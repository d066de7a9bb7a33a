package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One problem found at start-up: a bad setting, an unresolvable secret or a rejected plugin.
 *
 * @param origin where the value came from: {@code file:line}, {@code --set path}, {@code reference}, or a jar path
 * @param path the HOCON path concerned, empty when none applies
 * @param message what is wrong; never contains a secret value
 */
public record ConfigProblem(String origin, String path, String message) {

    /** Orders problems as a reader would go through the files: by origin name, then by line number. */
    public static final Comparator<ConfigProblem> BY_ORIGIN = Comparator
            .comparing((ConfigProblem problem) -> problem.originName())
            .thenComparingInt(ConfigProblem::originLine);

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

    private String originName() {
        int colon = origin.lastIndexOf(':');
        return originLine() > 0 ? origin.substring(0, colon) : origin;
    }

    private int originLine() {
        int colon = origin.lastIndexOf(':');
        String tail = colon < 0 ? "" : origin.substring(colon + 1);
        return !tail.isEmpty() && tail.chars().allMatch(Character::isDigit) && tail.length() < 9
                ? Integer.parseInt(tail) : 0;
    }
}
