package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import dev.yardstick.runtime.discovery.PluginLoaders;
import dev.yardstick.runtime.secrets.Redactor;
import java.util.List;

/**
 * Everything start-up established, for the engine and the CLI.
 *
 * @param config the full resolved configuration, every layer merged
 * @param factories the discovered factories, built-ins first
 * @param secrets the resolver of the process, with every reference in the configuration already resolved
 * @param redactor the redactor knowing every secret
 * @param collectors the configured collector instances (enabled or not), in configuration order
 * @param plugins the class loaders of the drop-in plugins, closed by whoever closes the factories' collectors
 */
public record Startup(Config config, List<DiscoveredFactory> factories, SecretResolver secrets, Redactor redactor,
        List<CollectorInstance> collectors, PluginLoaders plugins) {

    /** Validates and copies the components. */
    public Startup {
        requireNonNull(config, "config is null");
        factories = List.copyOf(factories);
        requireNonNull(secrets, "secrets is null");
        requireNonNull(redactor, "redactor is null");
        collectors = List.copyOf(collectors);
        requireNonNull(plugins, "plugins is null");
    }
}
