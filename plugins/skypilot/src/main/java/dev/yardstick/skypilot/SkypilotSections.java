package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The two sections of a collection: what each asks the API server and which metrics it computes. */
final class SkypilotSections {
    static final String STATUS_BODY = "{\"cluster_names\":null,\"refresh\":false,\"all_users\":true}";
    static final String QUEUE_BODY = "{\"refresh\":false,\"skip_finished\":false,\"all_users\":true}";
    static final List<String> STATUS_PATHS = List.of("/status");
    static final List<String> QUEUE_PATHS = List.of("/jobs/queue/v2", "/jobs/queue");

    private final SkypilotClient client;
    private final SkypilotSettings settings;
    private final Instant at;
    private final System.Logger logger;

    SkypilotSections(SkypilotClient client, SkypilotSettings settings, Instant at, System.Logger logger) {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.at = requireNonNull(at, "at is null");
        this.logger = requireNonNull(logger, "logger is null");
    }

    List<Measurement> clusters() throws SkypilotApiException, InterruptedException {
        List<String> statuses = SkypilotJson.clusterStatuses(client.call("clusters", STATUS_PATHS, STATUS_BODY));
        long up = statuses.stream().filter("UP"::equals).count();
        return new Measurement.Builder().count(SkypilotMetrics.CLUSTERS_ACTIVE, Unit.ITEM, up).build();
    }

    List<Measurement> jobs() throws SkypilotApiException, InterruptedException {
        List<ManagedJob> jobs = SkypilotJson.jobs(client.call("jobs", QUEUE_PATHS, QUEUE_BODY));
        logUnknownStatuses(jobs);
        List<ManagedJob> running = jobs.stream().filter(job -> job.inGroup(StatusGroup.RUNNING)).toList();
        List<Measurement> all = new ArrayList<>(JobStatusMetrics.compute(jobs, at, settings.terminalWindow()));
        all.addAll(RuntimeMetrics.compute(running));
        all.addAll(ResourceMetrics.compute(running, settings));
        if (settings.perJobMetrics()) {
            all.addAll(PerJobMetrics.compute(jobs, at, settings));
        }
        return all;
    }

    private void logUnknownStatuses(List<ManagedJob> jobs) {
        Map<String, Integer> unknown = new TreeMap<>();
        jobs.stream().filter(job -> job.group().isEmpty()).forEach(job -> unknown.merge(job.status(), 1, Integer::sum));
        if (!unknown.isEmpty()) {
            logger.log(System.Logger.Level.WARNING, "jobs: statuses in no group (counted in "
                    + "skypilot.users.active_count only): {0}", unknown);
        }
    }
}
