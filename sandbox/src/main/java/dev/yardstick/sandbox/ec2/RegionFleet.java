package dev.yardstick.sandbox.ec2;

import java.util.List;
import java.util.Objects;

/**
 * Everything one simulated region holds.
 *
 * @param region the region name
 * @param instances its instances, in listing order
 * @param volumes its EBS volumes
 * @param snapshots the snapshots visible to the account (own and shared)
 * @param spotPrices the spot price history
 */
public record RegionFleet(String region, List<InstanceData> instances, List<VolumeData> volumes,
        List<SnapshotData> snapshots, List<SpotPriceData> spotPrices) {
    public RegionFleet {
        Objects.requireNonNull(region, "region");
        instances = List.copyOf(instances);
        volumes = List.copyOf(volumes);
        snapshots = List.copyOf(snapshots);
        spotPrices = List.copyOf(spotPrices);
    }

    /** An empty region. */
    public static RegionFleet empty(String region) {
        return new RegionFleet(region, List.of(), List.of(), List.of(), List.of());
    }
}
