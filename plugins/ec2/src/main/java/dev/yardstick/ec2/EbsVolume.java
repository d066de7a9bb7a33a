package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

/**
 * One EBS volume.
 *
 * @param id the volume id
 * @param sizeGib its size in GiB
 * @param attachments how many attachments it has
 */
record EbsVolume(String id, long sizeGib, int attachments) {
    EbsVolume {
        requireNonNull(id, "id is null");
    }
}
