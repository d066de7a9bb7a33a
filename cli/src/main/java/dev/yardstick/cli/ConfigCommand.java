package dev.yardstick.cli;

import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigRenderer;
import dev.yardstick.runtime.config.CollectorInstance;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code yardstick config check|show}. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Check or show the configuration.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Show.class})
final class ConfigCommand {

    /** Loads, validates and creates everything; reports every problem at once. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the configuration, resolve secrets and create every collector and sink; "
                    + "print all problems with file:line and exit 2 if there are any.")
    static final class Check extends RuntimeCommand {
        @Override
        int execute() {
            try (Yardstick yardstick = start(runtime())) {
                long enabled = yardstick.startup().collectors().stream().filter(CollectorInstance::enabled).count();
                out().println("Configuration OK: " + enabled + " collector(s) enabled, sinks "
                        + yardstick.sinks().stream().map(s -> s.sink().name()).toList());
                yardstick.inactiveSinks().forEach(sink -> out().println("  inactive sink " + sink.name() + ": " + sink.reason()));
                return 0;
            }
        }
    }

    /** Prints the effective configuration with secrets redacted. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the effective configuration (every layer merged), secrets redacted, each value with "
                    + "its origin (file:line; for a reference.conf, the jar or module holding it); collector blocks "
                    + "that are only a plugin's defaults are marked apart from configured instances.")
    static final class Show extends RuntimeCommand {
        @Override
        int execute() {
            try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
                Set<String> configured = yardstick.startup().collectors().stream().map(CollectorInstance::id)
                        .collect(Collectors.toSet());
                out().println(ConfigRenderer.show(yardstick.startup().config(), yardstick.startup().redactor(),
                        configured));
                return 0;
            }
        }
    }
}
