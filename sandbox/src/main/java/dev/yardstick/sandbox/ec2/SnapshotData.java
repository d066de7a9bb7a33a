package dev.yardstick.sandbox.ec2;

import java.util.Objects;

/**
 * One simulated EBS snapshot visible to the account: its own, or shared with it by another account.
 *
 * @param id the snapshot id
 * @param ownerId the owning account
 * @param volumeSizeGib the size of the volume it was taken from
 */
public record SnapshotData(String id, String ownerId, long volumeSizeGib) {
    public SnapshotData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
