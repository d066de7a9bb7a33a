package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.DashboardsService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yardstick dashboards build|validate|plan|push|export|pull|delete|list|adopt|prune}. Register with
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
        super(environment);
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

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what a push would change (UI drift included), as JSON-path differences against Datadog.")
    int plan(@Mixin SelectionOptions selection) {
        return support.plan(libraries, ArtifactKind.DASHBOARD, selection.selection(), out(), err());
    }

    @Command(name = "push", mixinStandardHelpOptions = true, description = "Validate, then create or update each dashboard by its stable key; never duplicates.")
    int push(@Mixin PushOptions push, @Mixin SelectionOptions selection) {
        return support.push(libraries, ArtifactKind.DASHBOARD, push.dryRun, push.force, selection.selection(), out(), err());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print a live dashboard as canonical JSON.")
    int export(@Parameters(paramLabel = "ID", description = "The Datadog dashboard id, e.g. abc-def-ghi.") String id,
               @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.") Path file) {
        return support.export(libraries, ArtifactKind.DASHBOARD, id, file, out(), err());
    }

    @Command(name = "adopt", mixinStandardHelpOptions = true, description = "Take over an existing live dashboard (e.g. a UI-made one) under a key defined in code.")
    int adopt(@Parameters(index = "0", paramLabel = "KEY", description = "The key of a dashboard source.") String key,
              @Parameters(index = "1", paramLabel = "ID", description = "The live dashboard's id.") String id) {
        return support.lines(out(), err(), () -> List.of(support.service(libraries).adopt(ArtifactKind.DASHBOARD, key, id)));
    }

    @Command(name = "prune", mixinStandardHelpOptions = true, description = "Delete live dashboards whose Yardstick key no source defines any more.")
    int prune(@Option(names = "--dry-run", description = "Only say what would be deleted.") boolean dryRun) {
        return support.lines(out(), err(), () -> support.service(libraries).prune(ArtifactKind.DASHBOARD, dryRun));
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
}
