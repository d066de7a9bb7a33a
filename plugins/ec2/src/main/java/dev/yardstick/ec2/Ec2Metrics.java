package dev.yardstick.ec2;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the EC2 collector: 20 inventory and cost gauges plus {@code ec2.instances.idle}, every one
 * tagged {@code region}. Counted instances are those in state pending, running, stopping or stopped.
 */
public final class Ec2Metrics {
    /** The tag key naming the AWS region. */
    public static final String REGION_TAG = "region";

    public static final String INSTANCES_TOTAL = "ec2.instances.total";
    public static final String INSTANCES_RUNNING = "ec2.instances.running";
    public static final String INSTANCES_STOPPED = "ec2.instances.stopped";
    public static final String INSTANCES_SPOT = "ec2.instances.spot";
    public static final String INSTANCES_ONDEMAND = "ec2.instances.ondemand";
    public static final String INSTANCES_GPU = "ec2.instances.gpu_instances";
    public static final String GPU_COUNT = "ec2.instances.gpu_count";
    public static final String CPU_COUNT = "ec2.instances.cpu_count";
    public static final String INSTANCES_IDLE = "ec2.instances.idle";
    public static final String AVG_AGE = "ec2.instances.avg_age_days";
    public static final String OLDEST_AGE = "ec2.instances.oldest_age_days";
    public static final String VOLUMES_TOTAL = "ec2.ebs.volumes.total";
    public static final String VOLUMES_ATTACHED = "ec2.ebs.volumes.attached";
    public static final String VOLUMES_UNATTACHED = "ec2.ebs.volumes.unattached";
    public static final String VOLUMES_SIZE = "ec2.ebs.volumes.size_gb";
    public static final String SNAPSHOTS_TOTAL = "ec2.ebs.snapshots.total";
    public static final String SNAPSHOTS_SIZE = "ec2.ebs.snapshots.size_gb";
    public static final String COST_HOURLY = "ec2.cost.running_hourly_estimate";
    public static final String COST_MONTHLY = "ec2.cost.monthly_estimate";
    public static final String SPOT_SAVINGS = "ec2.cost.spot_savings_pct";
    public static final String UNPRICED = "ec2.cost.unpriced_instances";

    /** Hours in the monthly estimate (365 × 24 / 12). */
    public static final double HOURS_PER_MONTH = 730;

    private static final List<MetricDescriptor> CATALOGUE = List.of(
            gauge(INSTANCES_TOTAL, Unit.HOST, "Instances in state pending, running, stopping or stopped."),
            gauge(INSTANCES_RUNNING, Unit.HOST, "Instances in state running."),
            gauge(INSTANCES_STOPPED, Unit.HOST, "Instances in state stopped."),
            gauge(INSTANCES_SPOT, Unit.HOST, "Counted instances whose lifecycle is spot."),
            gauge(INSTANCES_ONDEMAND, Unit.HOST, "Counted instances whose lifecycle is not spot."),
            gauge(INSTANCES_GPU, Unit.HOST, "Counted instances whose type has GPUs."),
            gauge(GPU_COUNT, Unit.NONE, "Sum of the GPUs of the counted instances' types."),
            gauge(CPU_COUNT, Unit.CORE, "Sum of the default vCPUs of the counted instances' types."),
            gauge(INSTANCES_IDLE, Unit.HOST,
                    "Running instances whose mean CPUUtilization over idle.lookback is under idle.cpu-percent."),
            gauge(AVG_AGE, Unit.DAY, "Mean time since launch of the counted instances."),
            gauge(OLDEST_AGE, Unit.DAY, "Longest time since launch of the counted instances."),
            gauge(VOLUMES_TOTAL, Unit.ITEM, "EBS volumes."),
            gauge(VOLUMES_ATTACHED, Unit.ITEM, "EBS volumes with at least one attachment."),
            gauge(VOLUMES_UNATTACHED, Unit.ITEM, "EBS volumes without attachment."),
            gauge(VOLUMES_SIZE, Unit.GIBIBYTE, "Sum of the sizes of the EBS volumes."),
            gauge(SNAPSHOTS_TOTAL, Unit.ITEM, "EBS snapshots owned by the account."),
            gauge(SNAPSHOTS_SIZE, Unit.GIBIBYTE, "Sum of the volume sizes of the account's snapshots."),
            gauge(COST_HOURLY, Unit.DOLLAR, "Sum of the hourly prices of the priced running instances."),
            gauge(COST_MONTHLY, Unit.DOLLAR, "The hourly estimate times 730."),
            gauge(SPOT_SAVINGS, Unit.PERCENT,
                    "100 × (1 − actual hourly / on-demand hourly) over the priced running instances."),
            gauge(UNPRICED, Unit.HOST, "Running instances whose type has no on-demand price."));

    private static final Map<String, MetricDescriptor> BY_NAME =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(MetricDescriptor::name, Function.identity()));

    private Ec2Metrics() {
    }

    /**
     * Returns the catalogue.
     *
     * @return the 21 descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /**
     * Returns one descriptor.
     *
     * @param name a metric name of the catalogue
     * @return the descriptor
     * @throws IllegalArgumentException if the name is not in the catalogue
     */
    public static MetricDescriptor descriptor(String name) {
        MetricDescriptor descriptor = BY_NAME.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("not an EC2 metric: " + name);
        }
        return descriptor;
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description, REGION_TAG);
    }
}
