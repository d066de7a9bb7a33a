package dev.yardstick.skypilot;

import static dev.yardstick.skypilot.SkypilotMetrics.JOB_COST_HOURLY;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_GPU_COUNT;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_QUEUE_WAIT;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_RUNTIME_HOURS;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_SETUP;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_TIME_TO_FAILURE;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_TOTAL_COST;
import static dev.yardstick.skypilot.SkypilotMetrics.JOB_TOTAL_DURATION;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eight per-job gauges, for at most {@code max-jobs} classified jobs, the most recently submitted first
 * (jobs without a known submission time last).
 */
final class PerJobMetrics {
    private static final double HOUR = 3_600;
    private static final String UNKNOWN = "unknown";
    private static final Comparator<ManagedJob> NEWEST_FIRST = Comparator
            .comparingDouble((ManagedJob job) -> ManagedJob.known(job.submittedAt()) ? job.submittedAt() : 0)
            .reversed().thenComparing(ManagedJob::jobId, Comparator.reverseOrder());

    private PerJobMetrics() {
    }

    static List<Measurement> compute(List<ManagedJob> jobs, Instant at, SkypilotSettings settings) {
        double now = at.getEpochSecond() + at.getNano() / 1e9;
        Measurement.Builder out = new Measurement.Builder();
        jobs.stream().filter(job -> job.group().isPresent()).sorted(NEWEST_FIRST).limit(settings.maxJobs())
                .forEach(job -> addJob(out, job, job.group().orElseThrow(), now, settings));
        return out.build();
    }

    private static void addJob(Measurement.Builder out, ManagedJob job, StatusGroup group, double now,
            SkypilotSettings settings) {
        Tags tags = Tags.of("job_id", job.jobId(), "user", orUnknown(job.userName()), "region",
                orUnknown(job.region()), "pricing", job.spot() ? "spot" : "ondemand", "status", group.tagValue());
        if (job.jobDuration() != null && job.jobDuration() > 0) {
            out.tagged(JOB_RUNTIME_HOURS, Unit.HOUR, job.jobDuration() / HOUR, tags);
        }
        if (group == StatusGroup.QUEUED && ManagedJob.known(job.submittedAt())) {
            out.tagged(JOB_QUEUE_WAIT, Unit.SECOND, now - job.submittedAt(), tags);
        }
        if (ManagedJob.known(job.submittedAt()) && job.startAt() != null && job.startAt() > job.submittedAt()) {
            out.tagged(JOB_SETUP, Unit.SECOND, job.startAt() - job.submittedAt(), tags);
        }
        Optional<Double> totalHours = totalHours(job, group);
        totalHours.ifPresent(hours -> out.tagged(JOB_TOTAL_DURATION, Unit.HOUR, hours, tags));
        if (group == StatusGroup.FAILED && ManagedJob.known(job.startAt()) && job.endAt() != null
                && job.endAt() > job.startAt()) {
            out.tagged(JOB_TIME_TO_FAILURE, Unit.HOUR, (job.endAt() - job.startAt()) / HOUR, tags);
        }
        for (Map.Entry<String, Double> accelerator : job.accelerators().entrySet()) {
            Tags gpuTags = tags.and(SkypilotMetrics.GPU_TYPE_TAG, AcceleratorTypes.tagValue(accelerator.getKey()));
            out.tagged(JOB_GPU_COUNT, Unit.ITEM, accelerator.getValue(), gpuTags);
            Optional<Double> hourly = AcceleratorTypes.price(accelerator.getKey(), settings.gpuPrices())
                    .map(price -> price * accelerator.getValue() * (job.spot() ? settings.spotDiscount() : 1));
            hourly.ifPresent(cost -> out.tagged(JOB_COST_HOURLY, Unit.DOLLAR, cost, gpuTags));
            if (hourly.isPresent() && totalHours.isPresent()) {
                out.tagged(JOB_TOTAL_COST, Unit.DOLLAR, hourly.get() * totalHours.get(), gpuTags);
            }
        }
    }

    /** end_at − submitted_at of a finished job, when both are known and in that order. */
    private static Optional<Double> totalHours(ManagedJob job, StatusGroup group) {
        boolean finished = group == StatusGroup.SUCCEEDED || group == StatusGroup.FAILED
                || group == StatusGroup.CANCELLED;
        if (!finished || !ManagedJob.known(job.submittedAt()) || job.endAt() == null
                || job.endAt() <= job.submittedAt()) {
            return Optional.empty();
        }
        return Optional.of((job.endAt() - job.submittedAt()) / HOUR);
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? UNKNOWN : value;
    }
}
