package dev.yardstick.sandbox.skypilot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.sandbox.core.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A simulated SkyPilot managed job, with the fields the jobs queue returns. Any field but the id and status may be
 * null, as the real queue leaves it when unknown; timestamps are epoch seconds with a fraction.
 *
 * @param jobId the managed job id
 * @param status the {@code ManagedJobStatus} value, e.g. {@code RUNNING}
 * @param userName the submitting user, or null
 * @param jobDuration seconds the job has run, or null
 * @param accelerators accelerator name to count, or null (an empty map is sent as {@code {}})
 * @param clusterResources the resources string, e.g. {@code 1x[Spot](gpus=H100:8)}, or null
 * @param region the region, or null
 * @param recoveryCount how often the job recovered from a preemption, or null
 * @param submittedAt submission time, or null (0 and -1 also mean unknown)
 * @param startAt start time, or null
 * @param endAt end time, or null
 */
public record SkypilotJobData(long jobId, String status, String userName, Double jobDuration,
        Map<String, Integer> accelerators, String clusterResources, String region, Integer recoveryCount,
        Double submittedAt, Double startAt, Double endAt) {

    public SkypilotJobData {
        Objects.requireNonNull(status, "status");
        accelerators = accelerators == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(accelerators));
    }

    /** Renders the job record as the API server encodes it, with fields the collector must ignore. */
    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("job_id", jobId);
        node.put("task_id", 0);
        node.put("job_name", "train-" + jobId);
        node.put("task_name", "train-" + jobId);
        node.put("status", status);
        node.put("user_name", userName);
        node.put("user_hash", userName == null ? null : Integer.toHexString(userName.hashCode()));
        putNumber(node, "job_duration", jobDuration);
        if (accelerators == null) {
            node.putNull("accelerators");
        } else {
            ObjectNode counts = node.putObject("accelerators");
            accelerators.forEach(counts::put);
        }
        node.put("cluster_resources", clusterResources);
        node.put("region", region);
        if (recoveryCount == null) {
            node.putNull("recovery_count");
        } else {
            node.put("recovery_count", recoveryCount);
        }
        putNumber(node, "submitted_at", submittedAt);
        putNumber(node, "start_at", startAt);
        putNumber(node, "end_at", endAt);
        putNumber(node, "last_recovered_at", startAt);
        node.put("failure_reason", status.startsWith("FAILED") ? "simulated failure" : null);
        node.put("schedule_state", "DONE");
        return node;
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
