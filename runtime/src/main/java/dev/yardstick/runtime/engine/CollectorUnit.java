package dev.yardstick.runtime.engine;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.Collector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An enabled collector as the engine schedules it.
 *
 * @param id the collector id
 * @param type the collector type
 * @param dependsOn the types whose collectors must finish first
 * @param collector the collector
 * @param timeout the hard limit on one collect call
 * @param tags the collector's configured extra tags
 * @param tagOrder for each metric of the collector's catalogue, its tag keys in declared order
 */
public record CollectorUnit(String id, String type, Set<String> dependsOn, Collector collector, Duration timeout,
        Map<String, String> tags, Map<String, List<String>> tagOrder) {

    /** Validates and copies. */
    public CollectorUnit {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        dependsOn = Set.copyOf(dependsOn);
        requireNonNull(collector, "collector is null");
        requireNonNull(timeout, "timeout is null");
        tags = Map.copyOf(tags);
        tagOrder = Map.copyOf(tagOrder);
    }
}
