package dev.yardstick.cli.dashboards;

import picocli.CommandLine.Option;

/** {@code --dry-run} and {@code --force} of push. */
final class PushOptions {
    @Option(names = "--dry-run", description = "Only say what would change.")
    boolean dryRun;

    @Option(names = "--force", description = "Push even when validation finds errors.")
    boolean force;
}
