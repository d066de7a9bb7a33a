package dev.yardstick.dashboards.lint;

/** How serious a finding is: errors fail {@code validate}; warnings fail it only with {@code --strict}. */
public enum Severity {
    /** Must be fixed. */
    ERROR,
    /** Probably wrong, or a known lag of the client's models. */
    WARNING
}
