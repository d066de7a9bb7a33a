package dev.yardstick.ec2;

import static dev.yardstick.ec2.Ec2Metrics.SNAPSHOTS_SIZE;
import static dev.yardstick.ec2.Ec2Metrics.SNAPSHOTS_TOTAL;
import static dev.yardstick.ec2.Ec2Metrics.VOLUMES_ATTACHED;
import static dev.yardstick.ec2.Ec2Metrics.VOLUMES_SIZE;
import static dev.yardstick.ec2.Ec2Metrics.VOLUMES_TOTAL;
import static dev.yardstick.ec2.Ec2Metrics.VOLUMES_UNATTACHED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The EBS volume and snapshot metrics. */
final class StorageMetrics {
    private StorageMetrics() {
    }

    static Map<String, Double> volumes(List<EbsVolume> volumes) {
        long attached = volumes.stream().filter(volume -> volume.attachments() > 0).count();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(VOLUMES_TOTAL, (double) volumes.size());
        values.put(VOLUMES_ATTACHED, (double) attached);
        values.put(VOLUMES_UNATTACHED, (double) (volumes.size() - attached));
        values.put(VOLUMES_SIZE, (double) volumes.stream().mapToLong(EbsVolume::sizeGib).sum());
        return values;
    }

    static Map<String, Double> snapshots(List<Long> sizes) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(SNAPSHOTS_TOTAL, (double) sizes.size());
        values.put(SNAPSHOTS_SIZE, (double) sizes.stream().mapToLong(Long::longValue).sum());
        return values;
    }
}
