package dev.yardstick.sandbox.ec2;

import java.util.Objects;

/**
 * One instance type as DescribeInstanceTypes describes it (public EC2 facts).
 *
 * @param type the type name
 * @param vcpus the default vCPUs
 * @param gpus the GPUs (0 for none)
 * @param gpuName the GPU model, empty for none
 */
public record InstanceTypeData(String type, int vcpus, int gpus, String gpuName) {
    public InstanceTypeData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gpuName, "gpuName");
    }
}
