package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.DashboardsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** What {@link DashboardsCommand} and {@link MonitorsCommand} share: the environment, {@code --lib} and output. */
abstract class DatadogAssetsCommand {
    final DashboardsCommandSupport support;

    @Spec
    CommandSpec spec;

    @Option(names = "--lib", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "An extra Jsonnet library directory, searched before the bundled library (repeatable).")
    List<Path> libraries = new ArrayList<>();

    DatadogAssetsCommand(Supplier<DashboardsEnvironment> environment) {
        this.support = new DashboardsCommandSupport(environment);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
