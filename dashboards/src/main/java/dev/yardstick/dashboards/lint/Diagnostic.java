package dev.yardstick.dashboards.lint;

import static java.util.Objects.requireNonNull;

/**
 * One validation finding.
 *
 * @param severity error or warning
 * @param rule the rule's short name, e.g. {@code overlap}
 * @param file the source file the finding is attributed to
 * @param line the 1-based line in {@code file}, or 0 when unknown
 * @param column the 1-based column in that line, or 0 when unknown
 * @param path the JSON path inside the compiled output, e.g. {@code widgets[3].definition.requests[0]}
 * @param message what is wrong, in one sentence
 */
public record Diagnostic(Severity severity, String rule, String file, int line, int column, String path, String message) {

    /** Validates the components. */
    public Diagnostic {
        requireNonNull(severity, "severity");
        requireNonNull(rule, "rule");
        requireNonNull(file, "file");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    /** A finding without a column. */
    public Diagnostic(Severity severity, String rule, String file, int line, String path, String message) {
        this(severity, rule, file, line, 0, path, message);
    }

    /** Renders as {@code file:line:column: error [rule] path: message}. */
    public String render() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + " [" + rule + "] " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
