package dev.yardstick.ec2;

import static dev.yardstick.ec2.Ec2Metrics.AVG_AGE;
import static dev.yardstick.ec2.Ec2Metrics.CPU_COUNT;
import static dev.yardstick.ec2.Ec2Metrics.GPU_COUNT;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_GPU;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_ONDEMAND;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_RUNNING;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_SPOT;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_STOPPED;
import static dev.yardstick.ec2.Ec2Metrics.INSTANCES_TOTAL;
import static dev.yardstick.ec2.Ec2Metrics.OLDEST_AGE;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instance inventory metrics, computed from the counted instances and their types. */
final class InstanceMetrics {
    private static final double SECONDS_PER_DAY = 86_400;

    private InstanceMetrics() {
    }

    /**
     * Computes the inventory metrics.
     *
     * @param listed the listed instances (only counted states are used)
     * @param specs the types' vCPUs and GPUs, by type
     * @param at the evaluation instant ages are measured to
     * @return the values by metric name; the ages are absent when no instance is counted
     * @throws IllegalArgumentException naming a type that has no spec
     */
    static Map<String, Double> compute(List<Ec2Instance> listed, Map<String, TypeSpec> specs, Instant at) {
        List<Ec2Instance> counted = listed.stream().filter(Ec2Instance::counted).toList();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(INSTANCES_TOTAL, (double) counted.size());
        values.put(INSTANCES_RUNNING, (double) counted.stream().filter(Ec2Instance::running).count());
        values.put(INSTANCES_STOPPED, (double) counted.stream().filter(i -> "stopped".equals(i.state())).count());
        long spot = counted.stream().filter(Ec2Instance::spot).count();
        values.put(INSTANCES_SPOT, (double) spot);
        values.put(INSTANCES_ONDEMAND, (double) (counted.size() - spot));
        long gpuInstances = 0;
        long gpus = 0;
        long vcpus = 0;
        for (Ec2Instance instance : counted) {
            TypeSpec spec = specs.get(instance.type());
            if (spec == null) {
                throw new IllegalArgumentException("DescribeInstanceTypes did not describe " + instance.type());
            }
            gpuInstances += spec.gpus() > 0 ? 1 : 0;
            gpus += spec.gpus();
            vcpus += spec.vcpus();
        }
        values.put(INSTANCES_GPU, (double) gpuInstances);
        values.put(GPU_COUNT, (double) gpus);
        values.put(CPU_COUNT, (double) vcpus);
        if (!counted.isEmpty()) {
            double[] ages = counted.stream()
                    .mapToDouble(i -> Duration.between(i.launchTime(), at).toMillis() / 1000.0 / SECONDS_PER_DAY)
                    .toArray();
            values.put(AVG_AGE, java.util.Arrays.stream(ages).average().orElseThrow());
            values.put(OLDEST_AGE, java.util.Arrays.stream(ages).max().orElseThrow());
        }
        return values;
    }
}
