package dev.yardstick.cli.dashboards;

import dev.yardstick.dashboards.push.Selection;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --include-uninstalled} and {@code --only KEY}, shared by plan and push of dashboards and monitors. */
final class SelectionOptions {
    @Option(names = "--include-uninstalled", description = "Also those whose collectors are not installed.")
    boolean includeUninstalled;

    @Option(names = "--only", paramLabel = "KEY", description = "Only the one with this key.")
    String only;

    Selection selection() {
        return new Selection(includeUninstalled, Optional.ofNullable(only));
    }
}
