package dev.yardstick.skypilot;

import static dev.yardstick.skypilot.SkypilotMetrics.GPUS_TOTAL;
import static dev.yardstick.skypilot.SkypilotMetrics.ONDEMAND_JOBS;
import static dev.yardstick.skypilot.SkypilotMetrics.RECOVERY_AVG;
import static dev.yardstick.skypilot.SkypilotMetrics.RECOVERY_MAX;
import static dev.yardstick.skypilot.SkypilotMetrics.REGIONS_OTHER;
import static dev.yardstick.skypilot.SkypilotMetrics.SPOT_JOBS;
import static dev.yardstick.skypilot.SkypilotMetrics.WITH_RECOVERIES;

import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.OptionalDouble;

/** What the running jobs use: GPUs by type, spot or on-demand, recoveries, regions. */
final class ResourceMetrics {
    private ResourceMetrics() {
    }

    /**
     * Computes the resource metrics.
     *
     * @param running the jobs of the running group
     * @param settings the GPU types and regions
     * @return the measurements
     */
    static List<Measurement> compute(List<ManagedJob> running, SkypilotSettings settings) {
        Measurement.Builder out = new Measurement.Builder();
        for (String type : settings.gpuTypes()) {
            out.put(SkypilotMetrics.gpuCount(type), Unit.ITEM, OptionalDouble.of(gpus(running, type)));
        }
        out.put(GPUS_TOTAL, Unit.ITEM, OptionalDouble.of(running.stream()
                .flatMap(job -> job.accelerators().values().stream()).mapToDouble(Double::doubleValue).sum()));
        long spot = running.stream().filter(ManagedJob::spot).count();
        out.count(SPOT_JOBS, Unit.JOB, spot).count(ONDEMAND_JOBS, Unit.JOB, running.size() - spot);
        SampleStats recoveries = new SampleStats(running.stream().filter(job -> job.recoveryCount() > 0)
                .map(job -> (double) job.recoveryCount()).toList());
        out.count(WITH_RECOVERIES, Unit.JOB, running.stream().filter(job -> job.recoveryCount() > 0).count())
                .put(RECOVERY_AVG, Unit.NONE, recoveries.mean())
                .put(RECOVERY_MAX, Unit.NONE, recoveries.max());
        for (String region : settings.regions()) {
            out.count(SkypilotMetrics.region(region), Unit.JOB,
                    running.stream().filter(job -> region.equals(job.region())).count());
        }
        out.count(REGIONS_OTHER, Unit.JOB, running.stream().filter(job -> job.region() != null
                && !job.region().isEmpty() && !settings.regions().contains(job.region())).count());
        return out.build();
    }

    private static double gpus(List<ManagedJob> running, String type) {
        return running.stream().flatMap(job -> job.accelerators().entrySet().stream())
                .filter(entry -> AcceleratorTypes.matches(entry.getKey(), type))
                .mapToDouble(entry -> entry.getValue()).sum();
    }
}
