package dev.yardstick.cli;

import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.CollectorInstance;
import dev.yardstick.runtime.config.SecretScan;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code yardstick secrets check}: resolves every secret reference in use, printing references, never values. */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "Secret references.",
        subcommands = SecretsCommand.Check.class)
final class SecretsCommand {

    /** Resolves every reference; an unresolvable one is reported with file:line and exit code 2. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Resolve every secret reference in use (env, file, AWS Secrets Manager) and list them; "
                    + "values are never printed.")
    static final class Check extends RuntimeCommand {
        @Override
        int execute() {
            try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
                Set<String> instances = yardstick.startup().collectors().stream().map(CollectorInstance::id)
                        .collect(Collectors.toSet());
                Map<String, com.typesafe.config.ConfigValue> references =
                        SecretScan.references(yardstick.startup().config(), instances);
                references.forEach((path, value) -> out().printf(Locale.ROOT, "ok  %-48s %s%n", path,
                        value.unwrapped()));
                out().println(references.size() + " secret reference(s) resolved");
                return 0;
            }
        }
    }
}
