package dev.yardstick.wandb;

import static dev.yardstick.wandb.WandbMetrics.AVG_DURATION;
import static dev.yardstick.wandb.WandbMetrics.GPU_HOURS;
import static dev.yardstick.wandb.WandbMetrics.GPU_UTILIZATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Duration, GPU hours and GPU utilisation of the runs created within the short window. Runs without a usable
 * heartbeat have no duration and are left out of the first two.
 */
final class TrainingMetrics {
    private TrainingMetrics() {
    }

    static List<Measurement> compute(List<WandbRun> recent, Window window, WandbSettings settings) {
        List<WandbRun> runs = recent.stream().filter(window::created).toList();
        List<Measurement> out = new ArrayList<>();
        mean(runs.stream().filter(WandbRun::finished).map(WandbRun::durationHours).flatMap(Optional::stream)
                .toList()).ifPresent(value -> out.add(Measurement.untagged(AVG_DURATION, value)));
        double gpuHours = 0;
        for (WandbRun run : runs) {
            if (run.finished() || run.failed() || run.running()) {
                gpuHours += run.durationHours().map(hours -> hours * gpuCount(run, settings.gpuCountKeys()))
                        .orElse(0.0);
            }
        }
        out.add(Measurement.untagged(GPU_HOURS, gpuHours));
        List<Double> utilisation = new ArrayList<>();
        for (WandbRun run : runs) {
            if (run.finished()) {
                JsonLookup.summaryNumber(run.summary(), settings.gpuUtilizationKey()).ifPresent(utilisation::add);
            }
        }
        mean(utilisation).ifPresent(value -> out.add(Measurement.untagged(GPU_UTILIZATION, value)));
        return out;
    }

    /** The first key present (as a number of at least 0) in config, else in summaryMetrics, else 1. */
    static double gpuCount(WandbRun run, List<String> keys) {
        for (String key : keys) {
            OptionalDouble value = JsonLookup.configNumber(run.config(), key);
            if (value.isPresent() && value.getAsDouble() >= 0) {
                return value.getAsDouble();
            }
        }
        for (String key : keys) {
            OptionalDouble value = JsonLookup.summaryNumber(run.summary(), key);
            if (value.isPresent() && value.getAsDouble() >= 0) {
                return value.getAsDouble();
            }
        }
        return 1;
    }

    static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
