package dev.yardstick.skypilot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.skypilot.SkypilotAuth;
import dev.yardstick.sandbox.skypilot.SkypilotClusterData;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotJobData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-made queue whose every value is worked out by hand below (not by a second program): the window edges,
 * unknown end times, each status, name matching of accelerators and exact regions.
 */
class SkypilotWindowBoundaryTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final double NOW = AT.getEpochSecond();
    private static final double DAY = 86_400;

    @Test
    void everyValueOfAHandMadeQueue() throws InterruptedException {
        List<SkypilotJobData> jobs = new ArrayList<>();
        // Finished jobs around the 24-hour and 7-day edges.
        jobs.add(ended(1, "SUCCEEDED", NOW - DAY - 10, NOW - DAY));          // out: exactly at − 24h
        jobs.add(ended(2, "SUCCEEDED", NOW - DAY - 10, NOW - DAY + 0.5));    // in
        jobs.add(ended(3, "SUCCEEDED", NOW - 10, NOW));                      // in: exactly at
        jobs.add(ended(4, "SUCCEEDED", NOW - 10, NOW + 1));                  // out: after at
        jobs.add(ended(5, "FAILED_SETUP", NOW - 3_600, null));               // in 24h and 7d (ends at submission)
        jobs.add(ended(6, "FAILED_NO_RESOURCE", NOW - 3 * DAY, NOW - 2 * DAY)); // 7d only
        jobs.add(ended(7, "FAILED", NOW - 8 * DAY, NOW - 7 * DAY));          // out of both
        jobs.add(ended(8, "FAILED_CONTROLLER", 0.0, -1.0));                  // no end time
        jobs.add(ended(9, "CANCELLING", NOW - 60, 0.0));                     // in (ends at submission)
        jobs.add(ended(10, "CANCELLED", null, null));                        // no end time
        jobs.add(ended(11, "PAUSED", NOW - 60, null));                       // no group; an active user
        // Queued jobs.
        jobs.add(job(12, "PENDING", "bob", null, null, null, null, null, NOW - 30));
        jobs.add(job(13, "STARTING", "bob", null, null, null, null, null, NOW - 7 * DAY)); // user out of 7d
        jobs.add(job(14, "SUBMITTED", "Bob", null, null, null, null, null, NOW - 7 * DAY + 1));
        // Running jobs: durations 3600, 100, 0, null, 90000; accelerators matched by name; regions exact.
        jobs.add(job(15, "RUNNING", "carol", 3_600.0, Map.of("A100-80GB", 8, "L40S", 2), "1x[Spot](x)",
                "us-east-1", 2, NOW - DAY));
        jobs.add(job(16, "RECOVERING", "carol", 100.0, Map.of("l4", 1, "A10G", 4), null, "us-east-1a", 4,
                NOW - DAY));
        jobs.add(job(17, "RUNNING", "dave", 0.0, Map.of(), "SPOT", "", 0, NOW - DAY));
        jobs.add(job(18, "RECOVERING", "dave", null, null, "spot-free? no: SpOt", null, null, NOW - DAY));
        jobs.add(job(19, "RUNNING", "erin", 90_000.0, Map.of("H100", 8, "T4", 1), "on-demand", "us-west-2", 0,
                NOW - DAY));
        SkypilotDataSet data = new SkypilotDataSet(AT, List.of(new SkypilotClusterData("a", "UP", "x", 1),
                new SkypilotClusterData("b", "INIT", "x", 1), new SkypilotClusterData("c", "STOPPED", "x", 1),
                new SkypilotClusterData("d", "UP", "x", 1)), jobs);

        Map<String, Double> actual;
        try (SkypilotTestbed testbed = new SkypilotTestbed(data, SkypilotAuth.none())) {
            CollectResult result = testbed.collectOnce("token = null");
            assertEquals(List.of(), result.failures());
            actual = SkypilotTestbed.aggregates(result.points(), AT);
        }
        Map<String, Double> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("skypilot.clusters.active", 2.0),
                Map.entry("skypilot.jobs.queued", 3.0),
                Map.entry("skypilot.jobs.running", 5.0),
                Map.entry("skypilot.jobs.succeeded", 2.0),        // jobs 2 and 3
                Map.entry("skypilot.jobs.failed", 1.0),           // job 5
                Map.entry("skypilot.jobs.cancelled", 1.0),        // job 9
                Map.entry("skypilot.jobs.failed_7d", 2.0),        // jobs 5 and 6
                Map.entry("skypilot.jobs.runtime_seconds.min", 100.0),
                Map.entry("skypilot.jobs.runtime_seconds.max", 90_000.0),
                Map.entry("skypilot.jobs.runtime_seconds.avg", 31_233.0 + 1.0 / 3),
                Map.entry("skypilot.jobs.runtime_seconds.p50", 3_600.0),
                Map.entry("skypilot.jobs.runtime_buckets.0_1h", 2.0),  // 100 and 0
                Map.entry("skypilot.jobs.runtime_buckets.1_4h", 1.0),  // exactly 3600
                Map.entry("skypilot.jobs.runtime_buckets.4_24h", 0.0),
                Map.entry("skypilot.jobs.runtime_buckets.over_24h", 1.0),
                Map.entry("skypilot.resources.gpus.l4_count", 1.0),   // not L40S
                Map.entry("skypilot.resources.gpus.a10g_count", 4.0),
                Map.entry("skypilot.resources.gpus.h100_count", 8.0),
                Map.entry("skypilot.resources.gpus.a100_count", 8.0), // A100-80GB
                Map.entry("skypilot.resources.gpus.total_count", 24.0),
                Map.entry("skypilot.resources.spot_jobs", 3.0),       // 15, 17, 18
                Map.entry("skypilot.resources.ondemand_jobs", 2.0),
                Map.entry("skypilot.jobs.with_recoveries", 2.0),
                Map.entry("skypilot.jobs.recovery_count.avg", 3.0),
                Map.entry("skypilot.jobs.recovery_count.max", 4.0),
                Map.entry("skypilot.regions.us_east_1", 1.0),         // not us-east-1a
                Map.entry("skypilot.regions.us_west_2", 1.0),
                Map.entry("skypilot.regions.other", 1.0),             // us-east-1a; "" and null are not counted
                // edge-user, bob (job 12; job 13 is exactly 7 days old), Bob, carol, dave, erin
                Map.entry("skypilot.users.active_count", 6.0)));
        SkypilotTestbed.assertMatch(expected, actual);
    }

    private static SkypilotJobData ended(long id, String status, Double submitted, Double end) {
        return new SkypilotJobData(id, status, "edge-user", 10.0, Map.of("A100", 1), null, "us-west-2", 0, submitted,
                submitted, end);
    }

    private static SkypilotJobData job(long id, String status, String user, Double duration,
            Map<String, Integer> accelerators, String resources, String region, Integer recoveries, double submitted) {
        return new SkypilotJobData(id, status, user, duration, accelerators, resources, region, recoveries, submitted,
                submitted + 5, null);
    }
}
