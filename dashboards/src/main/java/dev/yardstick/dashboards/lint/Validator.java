package dev.yardstick.dashboards.lint;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.compile.CompileError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offline validation, no credentials: compile errors, structural lint and the typed-model pass on every
 * artifact, then the catalogue check on those whose collectors are installed (the others are reported
 * as skipped).
 */
public final class Validator {
    private final Catalogue catalogue;
    private final SourceLocator locator;
    private final DashboardLinter dashboards = new DashboardLinter();
    private final MonitorLinter monitors = new MonitorLinter();
    private final TypedModelCheck typed = new TypedModelCheck();

    /**
     * Creates a validator.
     *
     * @param catalogue known metrics and installed collector types
     * @param locator maps findings back to source lines
     */
    public Validator(Catalogue catalogue, SourceLocator locator) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.locator = requireNonNull(locator, "locator");
    }

    /**
     * Validates everything compiled.
     *
     * @param compiled the compile report (its errors become diagnostics)
     * @return the findings
     */
    public ValidationReport validate(CompileReport compiled) {
        List<Diagnostic> out = new ArrayList<>();
        for (CompileError e : compiled.errors()) {
            out.add(new Diagnostic(Severity.ERROR, "compile", e.file(), e.line(), e.column(), "", e.message()));
        }
        List<String> checked = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CompiledArtifact a : compiled.artifacts()) {
            Findings f = new Findings(a, locator);
            if (a.kind() == ArtifactKind.DASHBOARD) {
                dashboards.lint(f);
            } else {
                monitors.lint(f);
            }
            typed.check(f);
            List<String> missing = catalogue.missingCollectors(a);
            List<String> unknown = catalogue.unknownCollectors(a);
            if (unknown.isEmpty()) {
                checkCatalogue(f);
                checked.add(a.key());
                if (!missing.isEmpty()) {
                    notes.add(a.kind().label() + " " + a.key() + " (" + a.displaySource() + "): collector"
                            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " not installed; checked against the shipped catalogue");
                }
            } else {
                skipped.add(a.kind().label() + " " + a.key() + " (" + a.displaySource() + "): " + Catalogue.skipReason(unknown)
                        + ", and no shipped catalogue");
            }
            out.addAll(f.list());
        }
        return new ValidationReport(out, checked, skipped, notes);
    }

    private void checkCatalogue(Findings f) {
        Set<String> known = catalogue.namesFor(f.artifact());
        for (Map.Entry<String, String> e : MetricNames.of(f.artifact()).entrySet()) {
            if (!known.contains(e.getKey())) {
                f.error("catalogue", e.getValue(), e.getKey(), "metric '" + e.getKey()
                        + "' is not declared by any installed collector or shipped catalogue" + suggestion(e.getKey(), known));
            }
        }
    }

    private static String suggestion(String name, Set<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : names) {
            int d = distance(name, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best != null && bestDistance <= 3 ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
