package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.ArtifactKind;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.DashboardsService;
import dev.yardstick.dashboards.Json;
import dev.yardstick.dashboards.push.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yardstick dashboards build|validate|plan|push|export|pull|delete|list}. Register with
 * {@code top.addSubcommand(new DashboardsCommand(environmentSupplier))}; the supplier is called only when
 * a subcommand runs, so configuration and plugin discovery stay lazy.
 */
@Command(name = "dashboards", mixinStandardHelpOptions = true,
        description = "Build, validate, plan and push the Datadog dashboards kept as Jsonnet in dashboards/.")
public final class DashboardsCommand extends DatadogAssetsCommand {

    /**
     * Creates the command.
     *
     * @param environment supplies project directory, Datadog settings and the plugin catalogue
     */
    public DashboardsCommand(Supplier<DashboardsEnvironment> environment) {
        this(environment, RetryPolicy::standard);
    }

    /**
     * Creates the command with a specific retry policy (tests pass one that does not sleep).
     *
     * @param environment supplies project directory, Datadog settings and the plugin catalogue
     * @param retry supplies the retry policy for Datadog calls
     */
    public DashboardsCommand(Supplier<DashboardsEnvironment> environment, Supplier<RetryPolicy> retry) {
        super(environment, retry);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Compile every dashboard and monitor to JSON (no credentials needed).")
    int build(@Option(names = "--out", paramLabel = "DIR", defaultValue = "build/dashboards",
            description = "Output directory, relative to the project (default: ${DEFAULT-VALUE}).") Path out) {
        return support.guarded(err(), () -> {
            DashboardsService service = support.service(libraries);
            boolean ok = support.compiles(service, err());
            Path target = service.files().root().resolve(out);
            List<Path> written = service.build(target);
            out().println("Wrote " + written.size() + " file(s) to " + target);
            return ok ? DashboardsCommandSupport.OK : DashboardsCommandSupport.FAILED;
        });
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Offline checks: structural lint, datadog-api-client models, metric catalogue.")
    int validate(@Option(names = "--strict", description = "Treat warnings as errors.") boolean strict) {
        return support.validate(libraries, ArtifactKind.DASHBOARD, strict, out(), err());
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Show what a push would change, as JSON-path differences against Datadog.")
    int plan() {
        return support.plan(libraries, ArtifactKind.DASHBOARD, out(), err());
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Create or update each dashboard by its stable key; never duplicates.")
    int push(@Option(names = "--dry-run", description = "Only say what would change.") boolean dryRun) {
        return support.push(libraries, ArtifactKind.DASHBOARD, dryRun, out(), err());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print a live dashboard as canonical JSON.")
    int export(@Parameters(paramLabel = "ID", description = "The Datadog dashboard id, e.g. abc-def-ghi.") String id,
               @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.") Path file) {
        return support.guarded(err(), () -> {
            String json = Json.pretty(support.service(libraries).export(id));
            if (file == null) {
                out().print(json);
            } else {
                write(file, json);
                out().println("Wrote " + file);
            }
            return DashboardsCommandSupport.OK;
        });
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "Write every managed live dashboard as canonical JSON, to adopt UI edits into code.")
    int pull(@Option(names = "--out", paramLabel = "DIR", defaultValue = "build/dashboards/pulled",
            description = "Output directory, relative to the project (default: ${DEFAULT-VALUE}).") Path out) {
        return support.guarded(err(), () -> {
            DashboardsService service = support.service(libraries);
            List<Path> written = service.pull(service.files().root().resolve(out));
            written.forEach(p -> out().println("Wrote " + p));
            out().println(written.size() + " dashboard(s) pulled; compare with build/dashboards/dashboards/ and edit the Jsonnet.");
            return DashboardsCommandSupport.OK;
        });
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete the live dashboard with this key and forget it in the lock file.")
    int delete(@Parameters(paramLabel = "KEY", description = "The dashboard's stable key.") String key,
               @Option(names = "--dry-run", description = "Only say what would be deleted.") boolean dryRun) {
        return support.guarded(err(), () -> {
            out().println(support.service(libraries).delete(key, dryRun));
            return DashboardsCommandSupport.OK;
        });
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List live dashboards managed by Yardstick, and keys not pushed yet.")
    int list() {
        return support.guarded(err(), () -> {
            support.service(libraries).list().forEach(out()::println);
            return DashboardsCommandSupport.OK;
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
}
