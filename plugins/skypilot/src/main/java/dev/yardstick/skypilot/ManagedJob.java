package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One managed job of the queue, with the fields the metrics read. Timestamps are epoch seconds; null, 0 and
 * negative values mean unknown.
 *
 * @param jobId the job id, as text
 * @param status the status as reported, e.g. {@code RUNNING}
 * @param userName the user, or null
 * @param jobDuration seconds run, or null
 * @param accelerators accelerator name to count, empty when none
 * @param clusterResources the resources string, or null (on-demand)
 * @param region the region, or null
 * @param recoveryCount recoveries, 0 when unknown
 * @param submittedAt submission time, or null
 * @param startAt start time, or null
 * @param endAt end time, or null
 */
record ManagedJob(String jobId, String status, String userName, Double jobDuration, Map<String, Double> accelerators,
        String clusterResources, String region, int recoveryCount, Double submittedAt, Double startAt, Double endAt) {

    ManagedJob {
        requireNonNull(jobId, "jobId is null");
        requireNonNull(status, "status is null");
        accelerators = Collections.unmodifiableMap(new LinkedHashMap<>(accelerators));
    }

    Optional<StatusGroup> group() {
        return StatusGroup.of(status);
    }

    boolean inGroup(StatusGroup group) {
        return group().filter(group::equals).isPresent();
    }

    /** {@code end_at} when it is positive, else {@code submitted_at} when positive, else unknown. */
    OptionalDouble endTime() {
        if (known(endAt)) {
            return OptionalDouble.of(endAt);
        }
        return known(submittedAt) ? OptionalDouble.of(submittedAt) : OptionalDouble.empty();
    }

    /** A spot job mentions spot in its resources, in any case; null resources are on-demand. */
    boolean spot() {
        return clusterResources != null && clusterResources.toLowerCase(Locale.ROOT).contains("spot");
    }

    static boolean known(Double timestamp) {
        return timestamp != null && timestamp > 0;
    }
}
