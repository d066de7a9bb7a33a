package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.DashboardsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yardstick monitors validate|plan|push|list|export|delete|prune|adopt}. Register with
 * {@code top.addSubcommand(new MonitorsCommand(environmentSupplier))}.
 */
@Command(name = "monitors", mixinStandardHelpOptions = true,
        description = "Validate, plan and push the Datadog monitors kept as Jsonnet in dashboards/monitors/.")
public final class MonitorsCommand extends DatadogAssetsCommand {

    /**
     * Creates the command.
     *
     * @param environment supplies project directory, Datadog settings and the plugin catalogue
     */
    public MonitorsCommand(Supplier<DashboardsEnvironment> environment) {
        super(environment);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Offline checks; also Datadog's validate endpoint when credentials exist.")
    int validate(@Option(names = "--strict", description = "Treat warnings as errors.") boolean strict) {
        return support.validate(libraries, ArtifactKind.MONITOR, strict, out(), err());
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what a push would change (UI drift included).")
    int plan(@Mixin SelectionOptions selection) {
        return support.plan(libraries, ArtifactKind.MONITOR, selection.selection(), out(), err());
    }

    @Command(name = "push", mixinStandardHelpOptions = true, description = "Validate, then create or update each monitor by its yardstick-key tag; never duplicates.")
    int push(@Mixin PushOptions push, @Mixin SelectionOptions selection) {
        return support.push(libraries, ArtifactKind.MONITOR, push.dryRun, push.force, selection.selection(), out(), err());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List live monitors managed by Yardstick, and keys not pushed yet.")
    int list() {
        return support.lines(out(), err(), () -> support.service(libraries).list(ArtifactKind.MONITOR));
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print a live monitor as canonical JSON.")
    int export(@Parameters(paramLabel = "ID", description = "The Datadog monitor id.") String id,
               @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.") Path file) {
        return support.export(libraries, ArtifactKind.MONITOR, id, file, out(), err());
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete the live monitor with this key and forget it in the lock file.")
    int delete(@Parameters(paramLabel = "KEY", description = "The monitor's stable key.") String key,
               @Option(names = "--dry-run", description = "Only say what would be deleted.") boolean dryRun) {
        return support.lines(out(), err(), () -> List.of(support.service(libraries).delete(ArtifactKind.MONITOR, key, dryRun)));
    }

    @Command(name = "prune", mixinStandardHelpOptions = true, description = "Delete live monitors whose Yardstick key no source defines any more.")
    int prune(@Option(names = "--dry-run", description = "Only say what would be deleted.") boolean dryRun) {
        return support.lines(out(), err(), () -> support.service(libraries).prune(ArtifactKind.MONITOR, dryRun));
    }

    @Command(name = "adopt", mixinStandardHelpOptions = true, description = "Take over an existing live monitor under a key defined in code.")
    int adopt(@Parameters(index = "0", paramLabel = "KEY", description = "The key of a monitor source.") String key,
              @Parameters(index = "1", paramLabel = "ID", description = "The live monitor's id.") String id) {
        return support.lines(out(), err(), () -> List.of(support.service(libraries).adopt(ArtifactKind.MONITOR, key, id)));
    }
}
