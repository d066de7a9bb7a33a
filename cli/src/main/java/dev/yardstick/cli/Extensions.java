package dev.yardstick.cli;

import dev.yardstick.cli.dashboards.DashboardsCommand;
import dev.yardstick.cli.dashboards.MonitorsCommand;
import dev.yardstick.dashboards.DashboardsEnvironment;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Registers the command groups that live in their own package (dashboards and monitors), giving them the global
 * options and an environment loaded from the runtime only when one of their commands runs.
 */
final class Extensions {
    private Extensions() {
    }

    static void register(CommandLine line) {
        GlobalOptions global = ((Main) line.getCommand()).global;
        Supplier<DashboardsEnvironment> environment = () -> AssetEnvironment.load(global);
        line.addSubcommand(new CommandLine(new DashboardsCommand(environment)));
        line.addSubcommand(new CommandLine(new MonitorsCommand(environment)));
    }
}
