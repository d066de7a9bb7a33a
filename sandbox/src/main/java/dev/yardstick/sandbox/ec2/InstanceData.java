package dev.yardstick.sandbox.ec2;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One simulated instance.
 *
 * @param id the instance id
 * @param reservationId the reservation it belongs to
 * @param type the instance type
 * @param state the state name (pending, running, shutting-down, terminated, stopping, stopped)
 * @param lifecycle spot, capacity-block, scheduled, or empty for on-demand
 * @param zone the availability zone
 * @param launchTime the launch time
 * @param cpu the CPUUtilization datapoints CloudWatch holds for it, oldest first
 */
public record InstanceData(String id, String reservationId, String type, String state, String lifecycle, String zone,
        Instant launchTime, List<CpuSample> cpu) {
    public InstanceData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(launchTime, "launchTime");
        cpu = List.copyOf(cpu);
    }

    /** The state code EC2 reports with the state name. */
    public int stateCode() {
        return switch (state) {
            case "pending" -> 0;
            case "running" -> 16;
            case "shutting-down" -> 32;
            case "terminated" -> 48;
            case "stopping" -> 64;
            case "stopped" -> 80;
            default -> throw new IllegalStateException("unknown state " + state);
        };
    }

    /**
     * One CPUUtilization datapoint (a 5-minute average, as basic monitoring records it).
     *
     * @param timestamp the start of the 5-minute period
     * @param percent the utilisation
     */
    public record CpuSample(Instant timestamp, double percent) {
        public CpuSample {
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }
}
