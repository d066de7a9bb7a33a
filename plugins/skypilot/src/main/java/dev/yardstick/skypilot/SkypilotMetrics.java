package dev.yardstick.skypilot;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of the SkyPilot collector: 31 aggregate gauges with the default {@code gpu-types} and
 * {@code regions} (other settings add or drop {@code skypilot.resources.gpus.<type>_count} and
 * {@code skypilot.regions.<region>} names of the same shape), and the eight per-job gauges.
 */
public final class SkypilotMetrics {
    public static final String CLUSTERS_ACTIVE = "skypilot.clusters.active";
    public static final String JOBS_QUEUED = "skypilot.jobs.queued";
    public static final String JOBS_RUNNING = "skypilot.jobs.running";
    public static final String JOBS_SUCCEEDED = "skypilot.jobs.succeeded";
    public static final String JOBS_FAILED = "skypilot.jobs.failed";
    public static final String JOBS_CANCELLED = "skypilot.jobs.cancelled";
    public static final String JOBS_FAILED_7D = "skypilot.jobs.failed_7d";
    public static final String RUNTIME_MIN = "skypilot.jobs.runtime_seconds.min";
    public static final String RUNTIME_MAX = "skypilot.jobs.runtime_seconds.max";
    public static final String RUNTIME_AVG = "skypilot.jobs.runtime_seconds.avg";
    public static final String RUNTIME_P50 = "skypilot.jobs.runtime_seconds.p50";
    public static final String RUNTIME_P90 = "skypilot.jobs.runtime_seconds.p90";
    public static final String RUNTIME_P99 = "skypilot.jobs.runtime_seconds.p99";
    public static final String BUCKET_0_1H = "skypilot.jobs.runtime_buckets.0_1h";
    public static final String BUCKET_1_4H = "skypilot.jobs.runtime_buckets.1_4h";
    public static final String BUCKET_4_24H = "skypilot.jobs.runtime_buckets.4_24h";
    public static final String BUCKET_OVER_24H = "skypilot.jobs.runtime_buckets.over_24h";
    public static final String GPUS_TOTAL = "skypilot.resources.gpus.total_count";
    public static final String SPOT_JOBS = "skypilot.resources.spot_jobs";
    public static final String ONDEMAND_JOBS = "skypilot.resources.ondemand_jobs";
    public static final String WITH_RECOVERIES = "skypilot.jobs.with_recoveries";
    public static final String RECOVERY_AVG = "skypilot.jobs.recovery_count.avg";
    public static final String RECOVERY_MAX = "skypilot.jobs.recovery_count.max";
    public static final String REGIONS_OTHER = "skypilot.regions.other";
    public static final String USERS_ACTIVE = "skypilot.users.active_count";

    public static final String JOB_RUNTIME_HOURS = "skypilot.job.runtime_hours";
    public static final String JOB_GPU_COUNT = "skypilot.job.gpu_count";
    public static final String JOB_COST_HOURLY = "skypilot.job.estimated_cost_hourly";
    public static final String JOB_QUEUE_WAIT = "skypilot.job.queue_wait_seconds";
    public static final String JOB_SETUP = "skypilot.job.setup_seconds";
    public static final String JOB_TOTAL_DURATION = "skypilot.job.total_duration_hours";
    public static final String JOB_TOTAL_COST = "skypilot.job.total_cost_usd";
    public static final String JOB_TIME_TO_FAILURE = "skypilot.job.time_to_failure_hours";

    /** Tags of every per-job gauge; the GPU-based ones add {@link #GPU_TYPE_TAG}. */
    static final String[] JOB_TAGS = {"job_id", "user", "region", "pricing", "status"};
    static final String GPU_TYPE_TAG = "gpu_type";

    private static final List<String> DEFAULT_GPU_TYPES = List.of("l4", "a10g", "h100", "a100");
    private static final List<String> DEFAULT_REGIONS = List.of("us-east-1", "us-west-2");
    private static final List<MetricDescriptor> CATALOGUE = build();

    private SkypilotMetrics() {
    }

    /**
     * Returns the catalogue.
     *
     * @return 31 aggregate and 8 per-job descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /** The name of the GPU count of one type. */
    static String gpuCount(String type) {
        return "skypilot.resources.gpus." + MetricNameParts.namePart(type) + "_count";
    }

    /** The name of the running-job count of one region. */
    static String region(String region) {
        return "skypilot.regions." + MetricNameParts.namePart(region);
    }

    private static List<MetricDescriptor> build() {
        List<MetricDescriptor> all = new ArrayList<>(List.of(
                gauge(CLUSTERS_ACTIVE, Unit.ITEM, "Clusters whose status is UP."),
                gauge(JOBS_QUEUED, Unit.JOB, "Managed jobs now PENDING, SUBMITTED or STARTING."),
                gauge(JOBS_RUNNING, Unit.JOB, "Managed jobs now RUNNING or RECOVERING."),
                gauge(JOBS_SUCCEEDED, Unit.JOB, "SUCCEEDED jobs whose end time is within terminal-window (24h)."),
                gauge(JOBS_FAILED, Unit.JOB, "FAILED and FAILED_* jobs whose end time is within terminal-window."),
                gauge(JOBS_CANCELLED, Unit.JOB, "CANCELLING and CANCELLED jobs whose end time is within terminal-window."),
                gauge(JOBS_FAILED_7D, Unit.JOB, "FAILED and FAILED_* jobs whose end time is within 7 days."),
                gauge(RUNTIME_MIN, Unit.SECOND, "Shortest job_duration of running jobs (job_duration > 0)."),
                gauge(RUNTIME_MAX, Unit.SECOND, "Longest job_duration of running jobs (job_duration > 0)."),
                gauge(RUNTIME_AVG, Unit.SECOND, "Mean job_duration of running jobs (job_duration > 0)."),
                gauge(RUNTIME_P50, Unit.SECOND, "Median job_duration of running jobs (job_duration > 0)."),
                gauge(RUNTIME_P90, Unit.SECOND, "90th percentile job_duration of running jobs (needs 10)."),
                gauge(RUNTIME_P99, Unit.SECOND, "99th percentile job_duration of running jobs (needs 10)."),
                gauge(BUCKET_0_1H, Unit.JOB, "Running jobs with 0 <= job_duration < 1 hour."),
                gauge(BUCKET_1_4H, Unit.JOB, "Running jobs with 1 hour <= job_duration < 4 hours."),
                gauge(BUCKET_4_24H, Unit.JOB, "Running jobs with 4 hours <= job_duration < 24 hours."),
                gauge(BUCKET_OVER_24H, Unit.JOB, "Running jobs with job_duration >= 24 hours.")));
        for (String type : DEFAULT_GPU_TYPES) {
            all.add(gauge(gpuCount(type), Unit.ITEM, "GPUs of running jobs whose accelerator is a " + type
                    + " (name equal to it or starting with it and '-', any case)."));
        }
        all.addAll(List.of(
                gauge(GPUS_TOTAL, Unit.ITEM, "GPUs of all accelerators of running jobs."),
                gauge(SPOT_JOBS, Unit.JOB, "Running jobs whose cluster_resources mention spot (any case)."),
                gauge(ONDEMAND_JOBS, Unit.JOB, "Running jobs whose cluster_resources do not mention spot."),
                gauge(WITH_RECOVERIES, Unit.JOB, "Running jobs with recovery_count > 0."),
                gauge(RECOVERY_AVG, Unit.NONE, "Mean recovery_count of the running jobs that recovered."),
                gauge(RECOVERY_MAX, Unit.NONE, "Largest recovery_count of the running jobs.")));
        for (String region : DEFAULT_REGIONS) {
            all.add(gauge(region(region), Unit.JOB, "Running jobs in region " + region + " (exact match)."));
        }
        all.addAll(List.of(
                gauge(REGIONS_OTHER, Unit.JOB, "Running jobs in a non-empty region not listed in regions."),
                gauge(USERS_ACTIVE, Unit.PERSON, "Distinct user_name of jobs submitted within 7 days."),
                job(JOB_RUNTIME_HOURS, Unit.HOUR, "job_duration of one job, in hours.", false),
                job(JOB_GPU_COUNT, Unit.ITEM, "GPUs of one accelerator of one job.", true),
                job(JOB_COST_HOURLY, Unit.DOLLAR, "Hourly cost of one accelerator of one job (gpu-prices).", true),
                job(JOB_QUEUE_WAIT, Unit.SECOND, "Seconds a queued job has waited since submission.", false),
                job(JOB_SETUP, Unit.SECOND, "start_at - submitted_at of one job.", false),
                job(JOB_TOTAL_DURATION, Unit.HOUR, "end_at - submitted_at of one finished job, in hours.", false),
                job(JOB_TOTAL_COST, Unit.DOLLAR, "Hourly cost x total duration of one finished job.", true),
                job(JOB_TIME_TO_FAILURE, Unit.HOUR, "end_at - start_at of one failed job, in hours.", false)));
        return List.copyOf(all);
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description);
    }

    private static MetricDescriptor job(String name, Unit unit, String description, boolean perGpu) {
        if (!perGpu) {
            return MetricDescriptor.gauge(name, unit, description, JOB_TAGS);
        }
        String[] tags = java.util.Arrays.copyOf(JOB_TAGS, JOB_TAGS.length + 1);
        tags[JOB_TAGS.length] = GPU_TYPE_TAG;
        return MetricDescriptor.gauge(name, unit, description, tags);
    }
}
