package dev.yardstick.api;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * Entry point of a collector plugin, found through {@code META-INF/services/dev.yardstick.api.CollectorFactory}
 * on the class path or inside a jar dropped into the plugins directory.
 *
 * <p>The runtime instantiates every factory it discovers, but calls {@link #create} only for collectors
 * enabled in the configuration. A factory must be cheap to construct, stateless and thread-safe.
 * Its plugin ships a {@code reference.conf} holding the defaults of every setting under
 * {@code yardstick.collectors.<type>}.
 */
public interface CollectorFactory {

    /**
     * Returns the collector type, which names the configuration block and the {@code source} tag.
     * It matches {@code [a-z][a-z0-9-]*} and is unique among all discovered factories.
     *
     * @return the type, for example {@code github}
     */
    String type();

    /**
     * Returns the catalogue of metrics this collector may emit. Points outside the catalogue are a contract
     * violation that the testkit reports.
     *
     * @return the metric descriptors
     */
    List<MetricDescriptor> metrics();

    /**
     * Returns the configuration keys (relative to the collector's block) that hold secrets; the runtime
     * redacts their values in logs, exceptions and {@code config show}.
     *
     * @return the secret keys, empty by default
     */
    default Set<String> secretKeys() {
        return Set.of();
    }

    /**
     * Returns the collector types whose points this collector reads through {@link CollectRequest#inputs()}.
     * The runtime runs those collectors first. Source collectors depend on nothing.
     *
     * @return the types this collector depends on, empty by default
     */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /**
     * Creates a collector. Implementations validate every setting here, eagerly, into a typed record, so that
     * bad configuration fails at start-up before any collector runs.
     *
     * @param config the collector's own configuration block, defaults merged in
     * @param context host services
     * @return a new collector, owned (and closed) by the runtime
     * @throws dev.yardstick.api.config.ConfigurationException if a setting is missing or invalid
     */
    Collector create(CollectorConfig config, CollectorContext context);
}
