package dev.yardstick.kubernetes;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;

/**
 * The {@code kubernetes} collector type: pod health and resource waste of one cluster, read through the fabric8
 * Kubernetes client from the API server and metrics-server. Settings under {@code yardstick.collectors.kubernetes}
 * (one instance per cluster, e.g. {@code "kubernetes/eu"}); see {@code docs/collectors/kubernetes.md}.
 */
public final class KubernetesCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "kubernetes";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public KubernetesCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return KubernetesMetrics.catalogue();
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new KubernetesCollector(KubernetesSettings.from(config), context);
    }
}
