package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;

/**
 * One instance as the collector needs it.
 *
 * @param id the instance id
 * @param type the instance type, e.g. {@code g5.xlarge}
 * @param state the state name, e.g. {@code running}
 * @param lifecycle the {@code InstanceLifecycle} ({@code spot}, {@code capacity-block}, {@code scheduled}) or
 *     empty for on-demand
 * @param zone the availability zone
 * @param launchTime the launch time
 */
record Ec2Instance(String id, String type, String state, String lifecycle, String zone, Instant launchTime) {
    /** The states whose instances are counted (never shutting-down or terminated). */
    static final Set<String> COUNTED_STATES = Set.of("pending", "running", "stopping", "stopped");

    Ec2Instance {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(state, "state is null");
        requireNonNull(lifecycle, "lifecycle is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(launchTime, "launchTime is null");
    }

    boolean counted() {
        return COUNTED_STATES.contains(state);
    }

    boolean running() {
        return "running".equals(state);
    }

    boolean spot() {
        return "spot".equals(lifecycle);
    }
}
