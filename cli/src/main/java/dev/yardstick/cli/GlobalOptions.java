package dev.yardstick.cli;

import dev.yardstick.runtime.config.ConfigSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts. */
final class GlobalOptions {
    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE", description = "HOCON configuration file (above config/application.conf).")
    Path config;

    @Option(names = "--set", scope = ScopeType.INHERIT, paramLabel = "PATH=VALUE",
            description = "Override one setting (repeatable). Values starting with [, { or \" are HOCON; others are "
                    + "plain strings converted where a number, boolean or duration is needed.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--log-level", scope = ScopeType.INHERIT, paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info or debug (default: ${DEFAULT-VALUE}).")
    String logLevel;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Plain output without ANSI colours.")
    boolean noColor;

    ConfigSources sources(List<String> extraSets) {
        List<String> all = new ArrayList<>(extraSets);
        all.addAll(sets);
        return ConfigSources.fromProcess(Optional.ofNullable(config), all);
    }

    ConfigSources sources() {
        return sources(List.of());
    }
}
