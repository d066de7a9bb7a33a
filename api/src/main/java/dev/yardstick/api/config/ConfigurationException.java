package dev.yardstick.api.config;

import static java.util.Objects.requireNonNull;

/**
 * A setting is missing or invalid. Where the value came from, which setting it is and what is wrong with it are
 * separate fields, so that the host reports them (and gathers many of them) without parsing a message; the
 * message joins them as {@code origin: path: problem}. It never contains a secret value.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String path;
    private final String problem;

    /**
     * Creates an exception from its parts.
     *
     * @param origin where the value came from, such as {@code config/application.conf:12}; empty when unknown
     * @param path the full HOCON path of the offending setting; empty when it is not one setting
     * @param problem what is wrong, without the origin or the path, e.g. {@code must be positive, got -1}
     */
    public ConfigurationException(String origin, String path, String problem) {
        super(render(origin, path, problem));
        this.origin = origin;
        this.path = path;
        this.problem = problem;
    }

    /**
     * Creates an exception whose origin is unknown.
     *
     * @param path the full HOCON path of the offending setting
     * @param problem what is wrong; for compatibility it may also name the path, but new code passes only the
     *     problem, or uses {@link #ConfigurationException(String, String, String)}
     */
    public ConfigurationException(String path, String problem) {
        this("", path, problem);
    }

    private static String render(String origin, String path, String problem) {
        requireNonNull(origin, "origin is null");
        requireNonNull(path, "path is null");
        requireNonNull(problem, "problem is null");
        String where = origin.isEmpty() ? "" : origin + ": ";
        return path.isEmpty() || problem.startsWith(path) ? where + problem : where + path + ": " + problem;
    }

    /**
     * Returns where the offending value came from.
     *
     * @return a file and line, {@code reference.conf:7}, {@code --set}, or empty when unknown
     */
    public String origin() {
        return origin;
    }

    /**
     * Returns the full HOCON path of the offending setting.
     *
     * @return the path, e.g. {@code yardstick.collectors.github.repos}, or empty
     */
    public String path() {
        return path;
    }

    /**
     * Returns what is wrong, without the origin or the path.
     *
     * @return the problem, e.g. {@code must be positive, got -1}
     */
    public String problem() {
        return problem;
    }
}
