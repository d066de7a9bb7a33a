package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.ArtifactKind;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.push.RetryPolicy;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yardstick monitors validate|plan|push}. Register with
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
        this(environment, RetryPolicy::standard);
    }

    /**
     * Creates the command with a specific retry policy.
     *
     * @param environment supplies project directory, Datadog settings and the plugin catalogue
     * @param retry supplies the retry policy for Datadog calls
     */
    public MonitorsCommand(Supplier<DashboardsEnvironment> environment, Supplier<RetryPolicy> retry) {
        super(environment, retry);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Offline checks; also Datadog's validate endpoint when credentials exist.")
    int validate(@Option(names = "--strict", description = "Treat warnings as errors.") boolean strict) {
        return support.validate(libraries, ArtifactKind.MONITOR, strict, out(), err());
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Show what a push would change.")
    int plan() {
        return support.plan(libraries, ArtifactKind.MONITOR, out(), err());
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Create or update each monitor by its yardstick-key tag; never duplicates.")
    int push(@Option(names = "--dry-run", description = "Only say what would change.") boolean dryRun) {
        return support.push(libraries, ArtifactKind.MONITOR, dryRun, out(), err());
    }
}
