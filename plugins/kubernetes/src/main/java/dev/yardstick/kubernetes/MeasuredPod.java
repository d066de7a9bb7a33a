package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.FailureKind;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod in phase {@code Running} that has a metrics.k8s.io entry, with its requests and usage summed over its
 * containers, exactly (fabric8's {@link Quantity} parses every suffix into a {@link BigDecimal}).
 *
 * @param namespace the pod's namespace
 * @param cpuRequest Σ CPU requests in cores (containers without a request add 0)
 * @param memoryRequest Σ memory requests in bytes
 * @param cpuUsage Σ CPU usage in cores
 * @param memoryUsage Σ memory usage in bytes
 */
record MeasuredPod(String namespace, BigDecimal cpuRequest, BigDecimal memoryRequest, BigDecimal cpuUsage,
        BigDecimal memoryUsage) {
    static final String CPU = "cpu";
    static final String MEMORY = "memory";

    MeasuredPod {
        requireNonNull(namespace, "namespace is null");
        requireNonNull(cpuRequest, "cpuRequest is null");
        requireNonNull(memoryRequest, "memoryRequest is null");
        requireNonNull(cpuUsage, "cpuUsage is null");
        requireNonNull(memoryUsage, "memoryUsage is null");
    }

    /**
     * Joins pods with their metrics.
     *
     * @param pods the listed pods
     * @param metrics the listed pod metrics
     * @return the measured pods
     * @throws KubernetesApiException if a quantity cannot be read
     */
    static List<MeasuredPod> of(List<Pod> pods, List<PodMetrics> metrics) throws KubernetesApiException {
        Map<String, PodMetrics> byName = new HashMap<>();
        metrics.forEach(entry -> byName.put(ObjectNames.name(entry), entry));
        List<MeasuredPod> measured = new ArrayList<>();
        for (Pod pod : pods) {
            PodMetrics usage = byName.get(ObjectNames.name(pod));
            if (usage == null || pod.getStatus() == null || !"Running".equals(pod.getStatus().getPhase())) {
                continue;
            }
            BigDecimal cpuRequest = BigDecimal.ZERO;
            BigDecimal memoryRequest = BigDecimal.ZERO;
            for (Container container : runningContainers(pod)) {
                Map<String, Quantity> requests = container.getResources() == null ? null
                        : container.getResources().getRequests();
                cpuRequest = cpuRequest.add(amount(pod, container.getName(), "CPU request", requests, CPU));
                memoryRequest = memoryRequest.add(amount(pod, container.getName(), "memory request", requests, MEMORY));
            }
            BigDecimal cpuUsage = BigDecimal.ZERO;
            BigDecimal memoryUsage = BigDecimal.ZERO;
            for (ContainerMetrics container : usage.getContainers() == null ? List.<ContainerMetrics>of()
                    : usage.getContainers()) {
                cpuUsage = cpuUsage.add(amount(pod, container.getName(), "CPU usage", container.getUsage(), CPU));
                memoryUsage = memoryUsage.add(amount(pod, container.getName(), "memory usage", container.getUsage(),
                        MEMORY));
            }
            measured.add(new MeasuredPod(ObjectNames.namespace(pod), cpuRequest, memoryRequest, cpuUsage, memoryUsage));
        }
        return measured;
    }

    /** The containers that run beside each other: the main ones and the sidecars (init, restartPolicy Always). */
    private static List<Container> runningContainers(Pod pod) {
        List<Container> containers = new ArrayList<>();
        if (pod.getSpec() == null) {
            return containers;
        }
        if (pod.getSpec().getInitContainers() != null) {
            pod.getSpec().getInitContainers().stream()
                    .filter(container -> "Always".equals(container.getRestartPolicy())).forEach(containers::add);
        }
        if (pod.getSpec().getContainers() != null) {
            containers.addAll(pod.getSpec().getContainers());
        }
        return containers;
    }

    private static BigDecimal amount(Pod pod, String container, String what, Map<String, Quantity> quantities,
            String resource) throws KubernetesApiException {
        Quantity quantity = quantities == null ? null : quantities.get(resource);
        if (quantity == null) {
            return BigDecimal.ZERO;
        }
        try {
            return quantity.getNumericalAmount();
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw new KubernetesApiException(FailureKind.BAD_RESPONSE, "pod " + ObjectNames.name(pod) + " container "
                    + container + ": " + what + " '" + quantity + "' is not a quantity");
        }
    }
}
