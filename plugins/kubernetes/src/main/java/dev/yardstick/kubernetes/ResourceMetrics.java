package dev.yardstick.kubernetes;

import static dev.yardstick.kubernetes.KubernetesMetrics.CPU_EFFICIENCY;
import static dev.yardstick.kubernetes.KubernetesMetrics.CPU_WASTE;
import static dev.yardstick.kubernetes.KubernetesMetrics.IDLE;
import static dev.yardstick.kubernetes.KubernetesMetrics.LOW_CPU;
import static dev.yardstick.kubernetes.KubernetesMetrics.LOW_MEMORY;
import static dev.yardstick.kubernetes.KubernetesMetrics.MEMORY_EFFICIENCY;
import static dev.yardstick.kubernetes.KubernetesMetrics.MEMORY_WASTE;
import static dev.yardstick.kubernetes.KubernetesMetrics.OVERALLOCATED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The usage-based metrics over measured pods: section {@code resources} (waste, efficiency, over-allocation) and
 * section {@code utilization} (idle, low CPU, low memory). Sums stay exact until the value is emitted.
 */
final class ResourceMetrics {
    static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);
    static final BigDecimal MIB = BigDecimal.valueOf(1L << 20);
    static final BigDecimal OVERALLOCATION_SHARE = new BigDecimal("0.2");
    static final BigDecimal IDLE_CPU = new BigDecimal("0.001");
    static final BigDecimal IDLE_MEMORY = MIB.multiply(BigDecimal.TEN);
    static final BigDecimal LOW_CPU_CORES = new BigDecimal("0.01");
    static final BigDecimal LOW_MEMORY_BYTES = MIB.multiply(BigDecimal.valueOf(50));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResourceMetrics() {
    }

    /** Waste and efficiency over all measured pods (clipped once, on the totals), and over-allocated pods. */
    static List<Measurement> resources(List<MeasuredPod> pods, NamespaceCounts counts) {
        BigDecimal cpuRequests = sum(pods, MeasuredPod::cpuRequest);
        BigDecimal cpuUsage = sum(pods, MeasuredPod::cpuUsage);
        BigDecimal memoryRequests = sum(pods, MeasuredPod::memoryRequest);
        BigDecimal memoryUsage = sum(pods, MeasuredPod::memoryUsage);
        List<Measurement> out = new ArrayList<>();
        out.add(Measurement.of(CPU_WASTE, cpuRequests.subtract(cpuUsage).max(BigDecimal.ZERO).doubleValue()));
        out.add(Measurement.of(MEMORY_WASTE, memoryRequests.subtract(memoryUsage).max(BigDecimal.ZERO)
                .divide(GIB, MathContext.DECIMAL64).doubleValue()));
        if (cpuRequests.signum() > 0) {
            out.add(Measurement.of(CPU_EFFICIENCY, percent(cpuUsage, cpuRequests)));
        }
        if (memoryRequests.signum() > 0) {
            out.add(Measurement.of(MEMORY_EFFICIENCY, percent(memoryUsage, memoryRequests)));
        }
        for (MeasuredPod pod : pods) {
            if (under(pod.cpuUsage(), pod.cpuRequest()) || under(pod.memoryUsage(), pod.memoryRequest())) {
                counts.increment(OVERALLOCATED, pod.namespace());
            }
        }
        counts.addTo(out, List.of(OVERALLOCATED));
        return out;
    }

    /** Idle, low-CPU and low-memory measured pods. */
    static List<Measurement> utilization(List<MeasuredPod> pods, NamespaceCounts counts) {
        for (MeasuredPod pod : pods) {
            boolean lowCpu = pod.cpuUsage().compareTo(LOW_CPU_CORES) < 0;
            boolean lowMemory = pod.memoryUsage().compareTo(LOW_MEMORY_BYTES) < 0;
            if (pod.cpuUsage().compareTo(IDLE_CPU) < 0 && pod.memoryUsage().compareTo(IDLE_MEMORY) < 0) {
                counts.increment(IDLE, pod.namespace());
            }
            if (lowCpu) {
                counts.increment(LOW_CPU, pod.namespace());
            }
            if (lowMemory) {
                counts.increment(LOW_MEMORY, pod.namespace());
            }
        }
        List<Measurement> out = new ArrayList<>();
        counts.addTo(out, List.of(IDLE, LOW_CPU, LOW_MEMORY));
        return out;
    }

    /** Whether a request is set and the usage is under 20 % of it. */
    private static boolean under(BigDecimal usage, BigDecimal request) {
        return request.signum() > 0 && usage.compareTo(request.multiply(OVERALLOCATION_SHARE)) < 0;
    }

    private static double percent(BigDecimal usage, BigDecimal requests) {
        return HUNDRED.multiply(usage).divide(requests, MathContext.DECIMAL64).doubleValue();
    }

    private static BigDecimal sum(List<MeasuredPod> pods, Function<MeasuredPod, BigDecimal> value) {
        return pods.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
