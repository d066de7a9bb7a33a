package dev.yardstick.cli.dashboards;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.DashboardsService;
import dev.yardstick.dashboards.lint.ValidationReport;
import dev.yardstick.dashboards.push.Change;
import dev.yardstick.dashboards.push.DatadogApiException;
import dev.yardstick.dashboards.push.PlanEntry;
import dev.yardstick.dashboards.push.PushResult;
import dev.yardstick.dashboards.push.Selection;
import dev.yardstick.dashboards.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What the dashboards and monitors commands share: building the service, printing reports, exit codes. */
final class DashboardsCommandSupport {
    /** Success. */
    static final int OK = 0;
    /** Validation found errors, or a push did not converge. */
    static final int FAILED = 1;
    /** Usage or configuration error (e.g. missing credentials). */
    static final int CONFIG = 2;

    private final Supplier<DashboardsEnvironment> environment;

    DashboardsCommandSupport(Supplier<DashboardsEnvironment> environment) {
        this.environment = requireNonNull(environment, "environment");
    }

    DashboardsService service(List<Path> libraries) {
        return new DashboardsService(environment.get(), libraries);
    }

    /** Prints diagnostics and skipped lines; returns the exit code. */
    int printValidation(ValidationReport report, boolean strict, PrintWriter out, PrintWriter err, String what) {
        report.diagnostics().forEach(d -> (d.severity() == dev.yardstick.dashboards.lint.Severity.ERROR ? err : out).println(d.render()));
        report.notes().forEach(out::println);
        report.skipped().forEach(out::println);
        long errors = report.errors().size();
        long warnings = report.diagnostics().size() - errors;
        out.printf("%s: %d checked, %d skipped, %d error(s), %d warning(s)%n", what, report.checked().size(),
                report.skipped().size(), errors, warnings);
        return report.passed(strict) ? OK : FAILED;
    }

    int validate(List<Path> libraries, ArtifactKind kind, boolean strict, PrintWriter out, PrintWriter err) {
        return guarded(err, () -> {
            DashboardsService service = service(libraries);
            int code = printValidation(service.validate(Optional.of(kind)), strict, out, err, kind.label() + "s");
            if (kind == ArtifactKind.MONITOR) {
                List<String> online = service.validateMonitorsOnline();
                online.forEach(out::println);
                if (online.stream().anyMatch(l -> l.startsWith("error "))) {
                    code = FAILED;
                }
            }
            return code;
        });
    }

    int plan(List<Path> libraries, ArtifactKind kind, Selection selection, PrintWriter out, PrintWriter err) {
        return guarded(err, () -> {
            DashboardsService service = service(libraries);
            if (!compiles(service, err)) {
                return FAILED;
            }
            List<PlanEntry> plan = service.plan(kind, selection);
            for (PlanEntry e : plan) {
                out.println(e.summary());
                for (Change c : e.changes()) {
                    out.println("    " + c.render());
                }
            }
            long pending = plan.stream().filter(e -> e.action() == PlanEntry.Action.CREATE || e.action() == PlanEntry.Action.UPDATE).count();
            out.println(pending == 0 ? "No changes." : pending + " " + kind.label() + "(s) to push.");
            return OK;
        });
    }

    /** Validates first (refusing on any error unless forced), then pushes. */
    int push(List<Path> libraries, ArtifactKind kind, boolean dryRun, boolean force, Selection selection, PrintWriter out,
             PrintWriter err) {
        return guarded(err, () -> {
            DashboardsService service = service(libraries);
            if (!compiles(service, err)) {
                return FAILED;
            }
            ValidationReport report = service.validate(Optional.of(kind));
            report.errors().forEach(d -> err.println(d.render()));
            if (!report.errors().isEmpty()) {
                if (!force) {
                    err.println("push refused: " + report.errors().size() + " validation error(s); fix them, or push anyway with --force");
                    return FAILED;
                }
                err.println("pushing despite " + report.errors().size() + " validation error(s) (--force)");
            }
            PushResult result = service.push(kind, dryRun, selection);
            result.lines().forEach(out::println);
            result.failures().stream().filter(f -> !result.lines().contains(f)).forEach(err::println);
            if (!dryRun) {
                out.println(result.created() + result.updated() == 0 && result.ok() ? "No changes."
                        : result.created() + " created, " + result.updated() + " updated" + (result.ok() ? "." : ", with failures: re-run to converge."));
            }
            return result.ok() ? OK : FAILED;
        });
    }

    /** Prints a live object as canonical JSON, to stdout (flushed: print does not auto-flush) or a file. */
    int export(List<Path> libraries, ArtifactKind kind, String id, Path file, PrintWriter out, PrintWriter err) {
        return guarded(err, () -> {
            String json = Json.pretty(service(libraries).export(kind, id));
            if (file == null) {
                out.print(json);
                out.flush();
            } else {
                write(file, json);
                out.println("Wrote " + file);
            }
            return OK;
        });
    }

    /** Runs an action that returns lines to print. */
    int lines(PrintWriter out, PrintWriter err, java.util.function.Supplier<List<String>> action) {
        return guarded(err, () -> {
            action.get().forEach(out::println);
            return OK;
        });
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    boolean compiles(DashboardsService service, PrintWriter err) {
        service.compile().errors().forEach(e -> err.println(e.render()));
        return service.compile().ok();
    }

    /** Runs an action, turning configuration and API failures into messages and exit codes. */
    int guarded(PrintWriter err, Action action) {
        try {
            return action.run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return CONFIG;
        } catch (DatadogApiException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    /** An action returning an exit code. */
    @FunctionalInterface
    interface Action {
        int run();
    }
}
