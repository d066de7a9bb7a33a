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
import dev.yardstick.dashboards.push.RetryPolicy;
import java.io.PrintWriter;
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
    private final Supplier<RetryPolicy> retry;

    DashboardsCommandSupport(Supplier<DashboardsEnvironment> environment, Supplier<RetryPolicy> retry) {
        this.environment = requireNonNull(environment, "environment");
        this.retry = requireNonNull(retry, "retry");
    }

    DashboardsService service(List<Path> libraries) {
        return new DashboardsService(environment.get(), libraries, retry.get());
    }

    /** Prints diagnostics and skipped lines; returns the exit code. */
    int printValidation(ValidationReport report, boolean strict, PrintWriter out, PrintWriter err, String what) {
        report.diagnostics().forEach(d -> (d.severity() == dev.yardstick.dashboards.lint.Severity.ERROR ? err : out).println(d.render()));
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

    int plan(List<Path> libraries, ArtifactKind kind, PrintWriter out, PrintWriter err) {
        return guarded(err, () -> {
            DashboardsService service = service(libraries);
            if (!compiles(service, err)) {
                return FAILED;
            }
            List<PlanEntry> plan = service.plan(kind);
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

    int push(List<Path> libraries, ArtifactKind kind, boolean dryRun, PrintWriter out, PrintWriter err) {
        return guarded(err, () -> {
            DashboardsService service = service(libraries);
            if (!compiles(service, err)) {
                return FAILED;
            }
            PushResult result = service.push(kind, dryRun);
            result.lines().forEach(out::println);
            result.failures().stream().filter(f -> !result.lines().contains(f)).forEach(err::println);
            if (!dryRun) {
                out.println(result.created() + result.updated() == 0 && result.ok() ? "No changes."
                        : result.created() + " created, " + result.updated() + " updated" + (result.ok() ? "." : ", with failures: re-run to converge."));
            }
            return result.ok() ? OK : FAILED;
        });
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
