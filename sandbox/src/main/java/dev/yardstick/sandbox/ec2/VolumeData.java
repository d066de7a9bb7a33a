package dev.yardstick.sandbox.ec2;

import java.util.List;
import java.util.Objects;

/**
 * One simulated EBS volume.
 *
 * @param id the volume id
 * @param sizeGib its size
 * @param zone its availability zone
 * @param attachedTo the instances it is attached to (several with multi-attach), empty when available
 */
public record VolumeData(String id, long sizeGib, String zone, List<String> attachedTo) {
    public VolumeData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        attachedTo = List.copyOf(attachedTo);
    }
}
