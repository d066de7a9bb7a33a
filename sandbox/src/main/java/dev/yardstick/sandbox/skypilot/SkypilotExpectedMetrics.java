package dev.yardstick.sandbox.skypilot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The aggregate SkyPilot metrics a collector must report for a data set with the default settings, computed
 * straight from the records and the metric definitions (docs/collectors/skypilot.md), independently of the
 * collector's code: the reference plugin and CLI tests compare the collector's output with.
 */
public final class SkypilotExpectedMetrics {
    private static final List<String> GPU_TYPES = List.of("l4", "a10g", "h100", "a100");
    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2");
    private static final Set<String> QUEUED = Set.of("PENDING", "SUBMITTED", "STARTING");
    private static final Set<String> RUNNING = Set.of("RUNNING", "RECOVERING");
    private static final Set<String> CANCELLED = Set.of("CANCELLING", "CANCELLED");
    private static final double DAY = 86_400;

    private SkypilotExpectedMetrics() {
    }

    /**
     * Returns the 31 aggregate metrics (fewer when a statistic has nothing to be computed from).
     *
     * @param data the data set served
     * @param at the evaluation instant
     * @return value by metric name
     */
    public static Map<String, Double> of(SkypilotDataSet data, Instant at) {
        return of(data, at, DAY);
    }

    /** Like {@link #of(SkypilotDataSet, Instant)} with another terminal window, in seconds. */
    public static Map<String, Double> of(SkypilotDataSet data, Instant at, double terminalWindowSeconds) {
        double now = at.getEpochSecond();
        Map<String, Double> expected = new TreeMap<>();
        expected.put("skypilot.clusters.active",
                (double) data.clusters().stream().filter(c -> c.status().equals("UP")).count());
        List<SkypilotJobData> jobs = data.jobs();
        List<SkypilotJobData> running = new ArrayList<>();
        int queued = 0;
        int succeeded = 0;
        int failed = 0;
        int cancelled = 0;
        int failed7d = 0;
        Set<String> users = new HashSet<>();
        for (SkypilotJobData job : jobs) {
            String status = job.status();
            double end = endTime(job);
            boolean inTerminal = !Double.isNaN(end) && end > now - terminalWindowSeconds && end <= now;
            boolean inWeek = !Double.isNaN(end) && end > now - 7 * DAY && end <= now;
            if (QUEUED.contains(status)) {
                queued++;
            } else if (RUNNING.contains(status)) {
                running.add(job);
            } else if (status.equals("SUCCEEDED") && inTerminal) {
                succeeded++;
            } else if (CANCELLED.contains(status) && inTerminal) {
                cancelled++;
            } else if (status.equals("FAILED") || status.startsWith("FAILED_")) {
                failed += inTerminal ? 1 : 0;
                failed7d += inWeek ? 1 : 0;
            }
            Double submitted = job.submittedAt();
            if (submitted != null && submitted > 0 && submitted > now - 7 * DAY && submitted <= now
                    && job.userName() != null) {
                users.add(job.userName());
            }
        }
        expected.put("skypilot.jobs.queued", (double) queued);
        expected.put("skypilot.jobs.running", (double) running.size());
        expected.put("skypilot.jobs.succeeded", (double) succeeded);
        expected.put("skypilot.jobs.failed", (double) failed);
        expected.put("skypilot.jobs.cancelled", (double) cancelled);
        expected.put("skypilot.jobs.failed_7d", (double) failed7d);
        expected.put("skypilot.users.active_count", (double) users.size());
        runtimes(running, expected);
        resources(running, expected);
        return expected;
    }

    /** end_at when positive, else submitted_at when positive, else NaN (unknown). */
    private static double endTime(SkypilotJobData job) {
        if (job.endAt() != null && job.endAt() > 0) {
            return job.endAt();
        }
        return job.submittedAt() != null && job.submittedAt() > 0 ? job.submittedAt() : Double.NaN;
    }

    private static void runtimes(List<SkypilotJobData> running, Map<String, Double> expected) {
        List<Double> positive = new ArrayList<>();
        double[] buckets = new double[4];
        for (SkypilotJobData job : running) {
            Double duration = job.jobDuration();
            if (duration == null || duration < 0) {
                continue;
            }
            if (duration > 0) {
                positive.add(duration);
            }
            buckets[duration < 3_600 ? 0 : duration < 14_400 ? 1 : duration < 86_400 ? 2 : 3]++;
        }
        expected.put("skypilot.jobs.runtime_buckets.0_1h", buckets[0]);
        expected.put("skypilot.jobs.runtime_buckets.1_4h", buckets[1]);
        expected.put("skypilot.jobs.runtime_buckets.4_24h", buckets[2]);
        expected.put("skypilot.jobs.runtime_buckets.over_24h", buckets[3]);
        if (positive.isEmpty()) {
            return;
        }
        Collections.sort(positive);
        double sum = 0;
        for (double value : positive) {
            sum += value;
        }
        expected.put("skypilot.jobs.runtime_seconds.min", positive.get(0));
        expected.put("skypilot.jobs.runtime_seconds.max", positive.get(positive.size() - 1));
        expected.put("skypilot.jobs.runtime_seconds.avg", sum / positive.size());
        expected.put("skypilot.jobs.runtime_seconds.p50", interpolated(positive, 0.50));
        if (positive.size() >= 10) {
            expected.put("skypilot.jobs.runtime_seconds.p90", interpolated(positive, 0.90));
            expected.put("skypilot.jobs.runtime_seconds.p99", interpolated(positive, 0.99));
        }
    }

    private static double interpolated(List<Double> sorted, double fraction) {
        double rank = fraction * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }

    private static void resources(List<SkypilotJobData> running, Map<String, Double> expected) {
        double total = 0;
        Map<String, Double> byType = new TreeMap<>();
        GPU_TYPES.forEach(type -> byType.put(type, 0.0));
        int spot = 0;
        List<Integer> recoveries = new ArrayList<>();
        Map<String, Double> regions = new TreeMap<>();
        REGIONS.forEach(region -> regions.put(region, 0.0));
        double other = 0;
        for (SkypilotJobData job : running) {
            Map<String, Integer> accelerators = job.accelerators() == null ? Map.of() : job.accelerators();
            for (Map.Entry<String, Integer> accelerator : accelerators.entrySet()) {
                total += accelerator.getValue();
                String name = accelerator.getKey().toLowerCase(java.util.Locale.ROOT);
                for (String type : GPU_TYPES) {
                    if (name.equals(type) || name.startsWith(type + "-")) {
                        byType.merge(type, (double) accelerator.getValue(), Double::sum);
                    }
                }
            }
            String resources = job.clusterResources();
            if (resources != null && resources.toLowerCase(java.util.Locale.ROOT).contains("spot")) {
                spot++;
            }
            if (job.recoveryCount() != null && job.recoveryCount() > 0) {
                recoveries.add(job.recoveryCount());
            }
            String region = job.region();
            if (region != null && regions.containsKey(region)) {
                regions.merge(region, 1.0, Double::sum);
            } else if (region != null && !region.isEmpty()) {
                other++;
            }
        }
        byType.forEach((type, count) -> expected.put("skypilot.resources.gpus." + type + "_count", count));
        expected.put("skypilot.resources.gpus.total_count", total);
        expected.put("skypilot.resources.spot_jobs", (double) spot);
        expected.put("skypilot.resources.ondemand_jobs", (double) (running.size() - spot));
        expected.put("skypilot.jobs.with_recoveries", (double) recoveries.size());
        if (!recoveries.isEmpty()) {
            expected.put("skypilot.jobs.recovery_count.avg",
                    recoveries.stream().mapToInt(Integer::intValue).average().orElseThrow());
            expected.put("skypilot.jobs.recovery_count.max", (double) Collections.max(recoveries));
        }
        regions.forEach((region, count) -> expected.put("skypilot.regions." + region.replace('-', '_'), count));
        expected.put("skypilot.regions.other", other);
    }
}
