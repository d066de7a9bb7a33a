package dev.yardstick.dashboards.lint;

import java.util.List;

/**
 * The result of {@code validate}.
 *
 * @param diagnostics every finding, compile errors first
 * @param checked keys of the dashboards and monitors whose catalogue check ran
 * @param skipped one line per artifact not checked against the catalogue, e.g.
 *     {@code dashboard x (dashboards/sources/x.jsonnet): skipped: needs collector x (not installed), and no shipped catalogue}
 * @param notes one line per artifact checked against a shipped catalogue because its collector is not installed
 */
public record ValidationReport(List<Diagnostic> diagnostics, List<String> checked, List<String> skipped, List<String> notes) {

    /** Copies the lists. */
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
        checked = List.copyOf(checked);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** Errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /**
     * Whether validation passed.
     *
     * @param strict when true, warnings fail too
     * @return true when nothing blocks
     */
    public boolean passed(boolean strict) {
        return strict ? diagnostics.isEmpty() : errors().isEmpty();
    }
}
