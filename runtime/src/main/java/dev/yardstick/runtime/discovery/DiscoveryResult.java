package dev.yardstick.runtime.discovery;

import java.util.List;

/**
 * What discovery found, and what it refused.
 *
 * @param factories the factories accepted, built-ins first, each type once
 * @param problems the refusals (duplicate type, bundled api classes, SPI version, bad type), each naming the jar
 * @param loaders the class loaders of the drop-in plugins, which the caller closes when done with the factories
 */
public record DiscoveryResult(List<DiscoveredFactory> factories, List<PluginProblem> problems,
        PluginLoaders loaders) {

    /** Copies the lists. */
    public DiscoveryResult {
        factories = List.copyOf(factories);
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(loaders, "loaders is null");
    }
}
