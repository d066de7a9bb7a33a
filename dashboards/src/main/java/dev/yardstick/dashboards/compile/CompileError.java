package dev.yardstick.dashboards.compile;

import static java.util.Objects.requireNonNull;

/**
 * A Jsonnet evaluation failure, located at the innermost source position sjsonnet reported.
 *
 * @param file the file the error points at (relative when possible)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param message the first line of sjsonnet's message
 * @param detail the full text sjsonnet produced, with its stack of positions
 */
public record CompileError(String file, int line, int column, String message, String detail) {

    /** Validates the components. */
    public CompileError {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
        requireNonNull(detail, "detail");
    }

    /** Renders the error IDE-style, as {@code file:line:col: message}. */
    public String render() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
