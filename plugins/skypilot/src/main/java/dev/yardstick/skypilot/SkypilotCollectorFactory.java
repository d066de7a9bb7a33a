package dev.yardstick.skypilot;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code skypilot} collector type: cluster and managed-job metrics read from a SkyPilot API server over
 * HTTP, through the host's HTTP service. Settings under {@code yardstick.collectors.skypilot}; see
 * {@code docs/collectors/skypilot.md}.
 */
public final class SkypilotCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "skypilot";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public SkypilotCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return SkypilotMetrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("token");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new SkypilotCollector(SkypilotSettings.from(config), context);
    }
}
