package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import java.util.List;

/**
 * The result of loading the configuration layers.
 *
 * @param config every layer merged and resolved
 * @param reference the reference layers alone (runtime and plugins), resolved: the schema of valid keys
 * @param problems parse, file and substitution problems met while loading
 */
public record LoadedConfig(Config config, Config reference, List<ConfigProblem> problems) {

    /** Validates and copies the components. */
    public LoadedConfig {
        requireNonNull(config, "config is null");
        requireNonNull(reference, "reference is null");
        problems = List.copyOf(problems);
    }
}
