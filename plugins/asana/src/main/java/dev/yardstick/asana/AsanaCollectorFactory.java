package dev.yardstick.asana;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code asana} collector type: project status and bug-tracking metrics of an Asana workspace, read from the
 * REST API through the host's HTTP service. Settings under {@code yardstick.collectors.asana}; see
 * {@code docs/collectors/asana.md}.
 */
public final class AsanaCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "asana";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public AsanaCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The 14 metrics of the type; an instance without {@code bugs-project} emits only the first four. */
    @Override
    public List<MetricDescriptor> metrics() {
        return AsanaMetrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("token");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        AsanaSettings settings = AsanaSettings.from(config);
        if (settings.bugsProject().isEmpty()) {
            context.logger().log(System.Logger.Level.INFO, config.path() + ".bugs-project is not set: only the "
                    + "4 asana.projects.* project metrics are collected");
        }
        return new AsanaCollector(settings, context);
    }
}
