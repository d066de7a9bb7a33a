package dev.yardstick.sandbox.skypilot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the default SkyPilot data set from a seed: a dozen clusters and several hundred managed jobs over the
 * 30 days before the reference instant, in every status (and one the collector does not know), for several users
 * (two differing only in case), regions (including a near-miss in upper case, an empty one and none) and
 * accelerator names (including {@code A100-80GB}, {@code L40S}, lower-case names, several kinds per job, none and
 * an empty map), with null, zero and negative timestamps, and jobs placed exactly on the edges of the 24-hour and
 * 7-day windows and after the reference instant.
 */
final class SkypilotDataGenerator {
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;
    private static final String[] STATUSES = {"PENDING", "SUBMITTED", "STARTING", "RUNNING", "RECOVERING",
        "SUCCEEDED", "FAILED", "FAILED_SETUP", "FAILED_PRECHECKS", "FAILED_NO_RESOURCE", "FAILED_CONTROLLER",
        "CANCELLING", "CANCELLED"};
    private static final int[] STATUS_WEIGHTS = {4, 1, 2, 10, 2, 8, 3, 2, 1, 2, 1, 1, 3};
    private static final String[] USERS = {"alice", "bob", "carol", "dave", "erin", "Alice", "frank-ml", "grace"};
    private static final String[] REGIONS = {"us-east-1", "us-east-1", "us-west-2", "us-west-2", "eu-west-1",
        "us-central1", "US-EAST-1", "us-east-1a", "", null};
    private static final String[] RESOURCES = {"1x[Spot](cpus=8, gpus=%s)", "2x(gpus=%s, disk=256)",
        "1x AWS(p4d.24xlarge, {%s}, [SPOT])", "1x[spot](%s)", "1x GCP(a2-highgpu, %s)", "4x(%s, ports=[8080])"};
    private static final List<Map<String, Integer>> ACCELERATORS = List.of(
            Map.of("L4", 1), Map.of("L4", 4), Map.of("A10G", 1), Map.of("A10G", 4), Map.of("H100", 8),
            Map.of("h100", 2), Map.of("A100", 8), Map.of("A100-80GB", 8), Map.of("a100-40gb", 1), Map.of("L40S", 4),
            Map.of("T4", 1), Map.of("V100", 2), Map.of("H100-MEGA", 8), Map.of("L4X", 2));

    private final Random random;
    private final double reference;
    private long nextId = 1;

    private SkypilotDataGenerator(long seed, Instant reference) {
        this.random = new Random(seed);
        this.reference = reference.getEpochSecond();
    }

    static SkypilotDataSet generate(long seed, Instant reference) {
        SkypilotDataGenerator generator = new SkypilotDataGenerator(seed, reference);
        List<SkypilotJobData> jobs = new ArrayList<>();
        for (int i = 0; i < 420; i++) {
            jobs.add(generator.randomJob());
        }
        jobs.addAll(generator.edgeJobs());
        return new SkypilotDataSet(reference, generator.clusters(), jobs);
    }

    private List<SkypilotClusterData> clusters() {
        String[] statuses = {"UP", "UP", "INIT", "STOPPED", "UP", "STOPPED", "UP", "INIT", "UP", "STOPPED", "UP",
            "UP"};
        List<SkypilotClusterData> clusters = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            clusters.add(new SkypilotClusterData("sky-" + (1000 + i) + "-" + USERS[i % USERS.length],
                    statuses[i], USERS[i % USERS.length], (long) reference - (i + 1) * 7_200L));
        }
        clusters.add(new SkypilotClusterData("sky-jobs-controller-1", "UP", "skypilot-system", (long) reference));
        return clusters;
    }

    private SkypilotJobData randomJob() {
        String status = weightedStatus();
        double submitted = reference - random.nextInt(30 * (int) DAY) + quarter();
        boolean queued = status.equals("PENDING") || status.equals("SUBMITTED") || status.equals("STARTING");
        boolean running = status.equals("RUNNING") || status.equals("RECOVERING");
        Double start = queued ? null : submitted + 30 + random.nextInt(600);
        Double duration = running ? runningDuration() : queued ? null : (double) random.nextInt((int) (2 * DAY));
        Double end = queued || running ? null : Math.min(start + (duration == null ? 0 : duration), reference);
        return new SkypilotJobData(nextId++, status, user(), duration, accelerators(), resources(), pick(REGIONS),
                recoveries(running), unknownOften(submitted, 40), unknownOften(start, 30), unknownOften(end, 12));
    }

    /** Edge cases placed exactly where the windows start and end. */
    private List<SkypilotJobData> edgeJobs() {
        double day = DAY;
        double week = 7 * DAY;
        Map<String, Integer> h100 = Map.of("H100", 8);
        return List.of(
                finished("SUCCEEDED", "window-edge", reference - day - 600, reference - day), // just outside 24h
                finished("SUCCEEDED", "window-edge", reference - day - 600, reference - day + 0.25), // just inside
                finished("SUCCEEDED", "window-edge", reference - 600, reference), // at the evaluation instant
                finished("CANCELLED", "window-edge", reference - 600, reference + HOUR), // after it
                finished("FAILED", "window-edge", reference - week - 600, reference - week), // just outside 7d
                finished("FAILED_NO_RESOURCE", "window-edge", reference - week, reference - week + 1),
                finished("FAILED_SETUP", "window-edge", reference - 2 * HOUR, null), // ends at submission
                finished("CANCELLED", "window-edge", reference - 3 * HOUR, 0.0),
                finished("FAILED", "window-edge", reference - 5 * HOUR, -1.0),
                finished("CANCELLING", "no-end-time", 0.0, 0.0), // no end time at all
                finished("FAILED_CONTROLLER", "no-end-time", null, -1.0),
                finished("SUCCEEDED", "week-edge-user", reference - week, reference - week + 60), // user not active
                finished("SUCCEEDED", "week-start-user", reference - week + 0.5, reference - week + 60),
                new SkypilotJobData(nextId++, "PAUSED", "paused-user", 120.0, h100, "1x[Spot](H100:8)", "us-east-1",
                        2, reference - HOUR, reference - HOUR + 60, null),
                running(3_600.0, Map.of("L4", 1, "T4", 2, "A100-80GB", 1), "us-west-2", 0),
                running(14_400.0, Map.of(), "us-east-1", 1),
                running(86_400.0, null, "", 3),
                running(0.0, Map.of("A10G", 2), "US-WEST-2", null),
                running(-1.0, h100, null, 0),
                running(3_599.75, Map.of("l4", 3), "eu-west-1", 5));
    }

    private SkypilotJobData finished(String status, String user, Double submitted, Double end) {
        return new SkypilotJobData(nextId++, status, user, 600.0, Map.of("A100", 1), null, "us-west-2", 0,
                submitted, submitted == null ? null : submitted + 30, end);
    }

    private SkypilotJobData running(Double duration, Map<String, Integer> accelerators, String region,
            Integer recoveries) {
        return new SkypilotJobData(nextId++, nextId % 2 == 0 ? "RUNNING" : "RECOVERING", "edge-runner", duration,
                accelerators, nextId % 3 == 0 ? "1x[SpOt](edge)" : null, region, recoveries,
                reference - 2 * DAY, reference - 2 * DAY + 60, null);
    }

    private String weightedStatus() {
        int total = 0;
        for (int weight : STATUS_WEIGHTS) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < STATUSES.length; i++) {
            draw -= STATUS_WEIGHTS[i];
            if (draw < 0) {
                return STATUSES[i];
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private Double runningDuration() {
        int kind = random.nextInt(12);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return 0.0;
        }
        long[] bounds = {HOUR, 4 * HOUR, DAY, 3 * DAY};
        return (double) random.nextInt((int) bounds[random.nextInt(bounds.length)]) + quarter();
    }

    private Map<String, Integer> accelerators() {
        int kind = random.nextInt(14);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return Map.of();
        }
        Map<String, Integer> chosen = new LinkedHashMap<>(ACCELERATORS.get(random.nextInt(ACCELERATORS.size())));
        if (kind == 2) {
            ACCELERATORS.get(random.nextInt(ACCELERATORS.size())).forEach((name, count) -> chosen.merge(name, count,
                    Integer::sum));
        }
        return chosen;
    }

    private String resources() {
        if (random.nextInt(8) == 0) {
            return null;
        }
        return String.format(RESOURCES[random.nextInt(RESOURCES.length)], "H100:8");
    }

    private Integer recoveries(boolean running) {
        int kind = random.nextInt(running ? 4 : 8);
        return kind == 0 ? null : kind == 1 ? 1 + random.nextInt(6) : 0;
    }

    private String user() {
        return random.nextInt(50) == 0 ? null : pick(USERS);
    }

    /** Now and then replaces a timestamp by one of the "unknown" encodings: null, 0 or -1. */
    private Double unknownOften(Double value, int oneIn) {
        if (value == null || random.nextInt(oneIn) != 0) {
            return value;
        }
        int kind = random.nextInt(3);
        return kind == 0 ? null : kind == 1 ? 0.0 : -1.0;
    }

    private double quarter() {
        return random.nextInt(4) * 0.25;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
