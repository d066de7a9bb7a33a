package dev.yardstick.kubernetes;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the 15 metrics the Kubernetes collector emits, every one a gauge tagged {@code cluster}. The pod
 * and container counts also carry a {@code namespace} tag when {@code by-namespace} is on.
 */
public final class KubernetesMetrics {
    /** The tag key naming the cluster, from the {@code cluster-name} setting. */
    public static final String CLUSTER_TAG = "cluster";
    /** The tag key naming the namespace of a pod or container count when {@code by-namespace} is on. */
    public static final String NAMESPACE_TAG = "namespace";

    public static final String CPU_WASTE = "k8s.resources.cpu_waste_cores";
    public static final String MEMORY_WASTE = "k8s.resources.memory_waste_gb";
    public static final String CPU_EFFICIENCY = "k8s.resources.cpu_efficiency_pct";
    public static final String MEMORY_EFFICIENCY = "k8s.resources.memory_efficiency_pct";
    public static final String OVERALLOCATED = "k8s.resources.overallocated_pods";
    public static final String CRASH_LOOPING = "k8s.pods.crash_looping";
    public static final String FAILED = "k8s.pods.failed";
    public static final String PENDING = "k8s.pods.pending";
    public static final String OOMKILLED = "k8s.pods.oomkilled_24h";
    public static final String HIGH_RESTARTS = "k8s.pods.high_restarts";
    public static final String IMAGE_PULL_ERRORS = "k8s.pods.image_pull_errors";
    public static final String IDLE = "k8s.pods.idle_count";
    public static final String LOW_CPU = "k8s.pods.low_cpu_usage";
    public static final String LOW_MEMORY = "k8s.pods.low_memory_usage";
    public static final String ZERO_REPLICAS = "k8s.deployments.zero_replicas";

    private static final List<MetricDescriptor> CATALOGUE = List.of(
            cluster(CPU_WASTE, Unit.CORE, "max(0, Σ CPU requests − Σ CPU usage) over measured pods (Running, with usage)."),
            cluster(MEMORY_WASTE, Unit.GIBIBYTE, "max(0, Σ memory requests − Σ memory usage) over measured pods, in GiB."),
            cluster(CPU_EFFICIENCY, Unit.PERCENT, "100 × Σ CPU usage / Σ CPU requests over measured pods."),
            cluster(MEMORY_EFFICIENCY, Unit.PERCENT, "100 × Σ memory usage / Σ memory requests over measured pods."),
            counted(OVERALLOCATED, "Measured pods using under 20 % of their CPU or memory request."),
            counted(CRASH_LOOPING, "Containers (init containers included) waiting in CrashLoopBackOff."),
            counted(FAILED, "Pods in phase Failed."),
            counted(PENDING, "Pods in phase Pending."),
            counted(OOMKILLED, "Containers whose current or last run was OOMKilled in the last 24 hours."),
            counted(HIGH_RESTARTS, "Containers restarted more than high-restarts times (5 by default)."),
            counted(IMAGE_PULL_ERRORS, "Containers waiting in ErrImagePull or ImagePullBackOff."),
            counted(IDLE, "Measured pods using under 1m CPU and under 10 MiB memory."),
            counted(LOW_CPU, "Measured pods using under 10m CPU."),
            counted(LOW_MEMORY, "Measured pods using under 50 MiB memory."),
            cluster(ZERO_REPLICAS, Unit.ITEM, "Deployments scaled to spec.replicas = 0."));

    private static final Map<String, MetricDescriptor> BY_NAME =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(MetricDescriptor::name, Function.identity()));

    private KubernetesMetrics() {
    }

    /**
     * Returns the catalogue.
     *
     * @return the 15 descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /**
     * Returns one descriptor.
     *
     * @param name a metric name of the catalogue
     * @return the descriptor
     * @throws IllegalArgumentException if the name is not in the catalogue
     */
    public static MetricDescriptor descriptor(String name) {
        MetricDescriptor descriptor = BY_NAME.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("not a Kubernetes metric: " + name);
        }
        return descriptor;
    }

    private static MetricDescriptor cluster(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description, CLUSTER_TAG);
    }

    private static MetricDescriptor counted(String name, String description) {
        return MetricDescriptor.gauge(name, Unit.ITEM, description, CLUSTER_TAG, NAMESPACE_TAG);
    }
}
