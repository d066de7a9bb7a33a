package dev.yardstick.wandb;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code wandb} collector type: training-run counts by run type, durations, GPU hours and summary metrics
 * of one Weights & Biases project, read from the W&B GraphQL API through the host's HTTP service. Settings under
 * {@code yardstick.collectors.wandb}; see {@code docs/collectors/wandb.md}.
 */
public final class WandbCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "wandb";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public WandbCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return WandbMetrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("api-key");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new WandbCollector(WandbSettings.from(config), context);
    }
}
