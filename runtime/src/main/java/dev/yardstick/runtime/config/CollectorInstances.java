package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.hocon.HoconCollectorConfig;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link CollectorInstance}s of a validated configuration: one per id the user's layers name under
 * {@code yardstick.collectors} (a plugin's reference block alone holds defaults, not an instance, so installing
 * a plugin never starts a collector nobody configured). Instances of unknown types are skipped (the validator
 * reports them).
 */
final class CollectorInstances {

    private CollectorInstances() {
    }

    static List<CollectorInstance> build(Config config, Config reference, java.util.Set<String> configured,
            Map<String, DiscoveredFactory> factories, SecretResolver secrets, List<ConfigProblem> problems) {
        List<CollectorInstance> instances = new ArrayList<>();
        if (!config.hasPath(CollectorBlocks.COLLECTORS)) {
            return instances;
        }
        for (Map.Entry<String, ConfigValue> entry : config.getObject(CollectorBlocks.COLLECTORS).entrySet()) {
            if (!(entry.getValue() instanceof ConfigObject)) {
                continue;
            }
            String id = entry.getKey();
            if (!configured.contains(id)) {
                continue;
            }
            String type = ConfigValidator.collectorType(id, (ConfigObject) entry.getValue());
            DiscoveredFactory factory = factories.get(type);
            if (factory != null) {
                instance(config, reference, id, type, factory, secrets, problems).ifPresent(instances::add);
            }
        }
        return List.copyOf(instances);
    }

    private static Optional<CollectorInstance> instance(Config config, Config reference, String id, String type,
            DiscoveredFactory factory, SecretResolver secrets, List<ConfigProblem> problems) {
        String path = CollectorBlocks.path(id);
        HoconCollectorConfig view = new HoconCollectorConfig(id, path, CollectorBlocks.instance(config, reference, id, type), secrets);
        try {
            Optional<Duration> timeout = view.hasPath("timeout") ? Optional.of(view.getDuration("timeout"))
                    : Optional.empty();
            Map<String, String> tags = new LinkedHashMap<>();
            CollectorBlocks.instance(config, reference, id, type).getObject("tags")
                    .forEach((key, value) -> tags.put(key, String.valueOf(value.unwrapped())));
            return Optional.of(new CollectorInstance(id, type, view.getBoolean("enabled"), timeout, tags, view,
                    factory));
        } catch (ConfigurationException | ConfigException e) {
            String problemPath = e instanceof ConfigurationException
                    ? ((ConfigurationException) e).path() : path;
            if (problems.stream().noneMatch(problem -> problem.path().equals(problemPath))) {
                problems.add(new ConfigProblem(path, problemPath, e.getMessage()));
            }
            return Optional.empty();
        }
    }
}
