package dev.yardstick.wandb;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of the W&B collector: six run counts tagged {@code run_type}, three training gauges and the six
 * default summary metrics, every one tagged {@code project}. "Created within D" means
 * {@code at − D < createdAt ≤ at}. Summary metrics a user adds to {@code summary-metrics} are emitted as
 * {@code wandb.metrics.<name>} too, beyond this catalogue.
 */
public final class WandbMetrics {
    /** The tag key naming the project, {@code <entity>/<project>}. */
    public static final String PROJECT_TAG = "project";
    /** The tag key naming the run type. */
    public static final String RUN_TYPE_TAG = "run_type";
    /** The prefix of the summary metrics. */
    public static final String SUMMARY_PREFIX = "wandb.metrics.";

    public static final String RUNS_ACTIVE = "wandb.runs.active";
    public static final String RUNS_COMPLETED_24H = "wandb.runs.completed_24h";
    public static final String RUNS_FAILED_24H = "wandb.runs.failed_24h";
    public static final String RUNS_TOTAL_RECENT = "wandb.runs.total_recent";
    public static final String RUNS_COMPLETED_7D = "wandb.runs.completed_7d";
    public static final String RUNS_FAILED_7D = "wandb.runs.failed_7d";
    public static final String AVG_DURATION = "wandb.training.avg_duration_hours";
    public static final String GPU_HOURS = "wandb.training.total_gpu_hours_24h";
    public static final String GPU_UTILIZATION = "wandb.training.gpu_utilization_avg";

    private static final List<MetricDescriptor> CATALOGUE = List.of(
            count(RUNS_ACTIVE, "Runs in state running, of any age."),
            count(RUNS_COMPLETED_24H, "Runs created within window (24h) in state finished."),
            count(RUNS_FAILED_24H, "Runs created within window (24h) in state failed or crashed."),
            count(RUNS_TOTAL_RECENT, "Runs created within window (24h), in any state."),
            count(RUNS_COMPLETED_7D, "Runs created within 7 days in state finished."),
            count(RUNS_FAILED_7D, "Runs created within 7 days in state failed or crashed."),
            gauge(AVG_DURATION, Unit.HOUR, "Mean heartbeatAt − createdAt of finished runs created within window."),
            gauge(GPU_HOURS, Unit.HOUR, "Σ duration × GPU count of finished, failed, crashed and running runs "
                    + "created within window."),
            gauge(GPU_UTILIZATION, Unit.PERCENT, "Mean summary gpu-utilization-key (system.gpu.0.gpu) of finished "
                    + "runs created within window that have it."),
            gauge(SUMMARY_PREFIX + "latest_sps", Unit.NONE, "Summary overview/sps of the finished run of the last "
                    + "24 hours with the latest heartbeat."),
            gauge(SUMMARY_PREFIX + "avg_heart_amount_24h", Unit.NONE, "Mean summary env_agent/heart.amount of the "
                    + "finished runs of the last 24 hours."),
            gauge(SUMMARY_PREFIX + "latest_queue_latency_s", Unit.SECOND, "Summary skypilot/queue_latency_s of the "
                    + "finished run of the last 24 hours with the latest heartbeat."),
            gauge(SUMMARY_PREFIX + "best_accuracy", Unit.NONE, "Largest summary accuracy of the finished runs of the "
                    + "last 7 days."),
            gauge(SUMMARY_PREFIX + "avg_accuracy_7d", Unit.NONE, "Mean summary accuracy of the finished runs of the "
                    + "last 7 days."),
            gauge(SUMMARY_PREFIX + "latest_loss", Unit.NONE, "Summary loss of the finished run of the last 24 hours "
                    + "with the latest heartbeat."));

    private static final Map<String, MetricDescriptor> BY_NAME =
            CATALOGUE.stream().collect(Collectors.toUnmodifiableMap(MetricDescriptor::name, Function.identity()));

    private WandbMetrics() {
    }

    /**
     * Returns the catalogue.
     *
     * @return the 15 descriptors, in a stable order
     */
    public static List<MetricDescriptor> catalogue() {
        return CATALOGUE;
    }

    /**
     * Returns the unit of a metric: the catalogue's, or none for a user-added summary metric.
     *
     * @param name a metric name
     * @return the unit
     */
    public static Unit unit(String name) {
        MetricDescriptor descriptor = BY_NAME.get(name);
        return descriptor == null ? Unit.NONE : descriptor.unit();
    }

    private static MetricDescriptor count(String name, String description) {
        return MetricDescriptor.gauge(name, Unit.JOB, description, PROJECT_TAG, RUN_TYPE_TAG);
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description) {
        return MetricDescriptor.gauge(name, unit, description, PROJECT_TAG);
    }
}
