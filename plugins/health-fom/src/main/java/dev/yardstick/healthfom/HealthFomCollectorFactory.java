package dev.yardstick.healthfom;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code health-fom} collector type: 18 figures of merit in [0, 1] derived from the github and wandb
 * collectors' points of the same run (or, with {@code inputs = datadog}, read back from Datadog). Settings under
 * {@code yardstick.collectors.health-fom}; see {@code docs/collectors/health-fom.md}.
 */
public final class HealthFomCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "health-fom";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public HealthFomCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return HealthFomMetrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("datadog.api-key", "datadog.app-key");
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(ScoreGroup.CI.dependency(), ScoreGroup.TRAINING.dependency());
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new HealthFomCollector(HealthFomSettings.from(config), context);
    }
}
