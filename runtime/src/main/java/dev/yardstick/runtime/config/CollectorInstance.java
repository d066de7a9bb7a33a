package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One configured collector instance, ready to be created by its factory.
 *
 * @param id its key under {@code yardstick.collectors}, e.g. {@code github/oss}
 * @param type its collector type, e.g. {@code github}
 * @param enabled whether it runs
 * @param timeout its own timeout, overriding {@code yardstick.run.timeout-per-collector}
 * @param tags extra tags for its points
 * @param config its block, defaults merged in
 * @param factory the factory of its type
 */
public record CollectorInstance(String id, String type, boolean enabled, Optional<Duration> timeout,
        Map<String, String> tags, CollectorConfig config, DiscoveredFactory factory) {

    /** Validates and copies the components. */
    public CollectorInstance {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(timeout, "timeout is null");
        tags = Map.copyOf(tags);
        requireNonNull(config, "config is null");
        requireNonNull(factory, "factory is null");
    }
}
