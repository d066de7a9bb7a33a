package dev.yardstick.cli;

import dev.yardstick.cli.dashboards.DashboardsCommand;
import dev.yardstick.cli.dashboards.MonitorsCommand;
import dev.yardstick.dashboards.DashboardsEnvironment;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Registers the command groups that live in their own package (dashboards and monitors), giving them the global
 * options and an environment loaded from the runtime only when one of their commands runs.
 */
final class Extensions {
    private Extensions() {
    }

    static void register(CommandLine line) {
        GlobalOptions global = new GlobalOptions();
        Supplier<DashboardsEnvironment> environment = () -> AssetEnvironment.load(global);
        add(line, new CommandLine(new DashboardsCommand(environment)), global);
        add(line, new CommandLine(new MonitorsCommand(environment)), global);
    }

    private static void add(CommandLine top, CommandLine group, GlobalOptions global) {
        group.getCommandSpec().addMixin("global", CommandSpec.forAnnotatedObject(global));
        top.addSubcommand(group);
    }
}
