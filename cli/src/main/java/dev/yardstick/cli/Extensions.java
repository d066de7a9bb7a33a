package dev.yardstick.cli;

import picocli.CommandLine;

/** Registers command groups that live in their own packages (dashboards and monitors). */
final class Extensions {
    private Extensions() {
    }

    static void register(CommandLine line) {
        // Command groups from other modules are added here as they land.
    }
}
