package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

/**
 * The APIs of one region for one collection.
 *
 * @param region the region name
 * @param ec2 the EC2 calls
 * @param cpu the CloudWatch calls (idle detection)
 */
record RegionApis(String region, Ec2RegionClient ec2, CpuUtilizationClient cpu) {
    RegionApis {
        requireNonNull(region, "region is null");
        requireNonNull(ec2, "ec2 is null");
        requireNonNull(cpu, "cpu is null");
    }
}
