package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

/**
 * What {@code DescribeInstanceTypes} says about an instance type.
 *
 * @param type the instance type
 * @param vcpus {@code VCpuInfo.DefaultVCpus}
 * @param gpus the sum of {@code GpuInfo.Gpus[].Count}, 0 without GPUs
 */
record TypeSpec(String type, int vcpus, int gpus) {
    TypeSpec {
        requireNonNull(type, "type is null");
    }
}
