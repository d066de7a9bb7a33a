package dev.yardstick.wandb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The {@code wandb.metrics.*} gauges: per configured entry, the runs created within its window, in its states,
 * whose summary has a number under its key, combined by its aggregate. Omitted when no run qualifies.
 */
final class SummaryMetrics {
    /** Latest heartbeat first; ties by later creation, then by greater name (runs without heartbeat last). */
    private static final Comparator<WandbRun> LATEST_FIRST = Comparator.comparing(WandbRun::heartbeatAt,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(WandbRun::createdAt)
            .thenComparing(WandbRun::name).reversed();

    private SummaryMetrics() {
    }

    static List<Measurement> compute(List<WandbRun> recent, Instant at, List<SummaryMetric> metrics) {
        List<Measurement> out = new ArrayList<>();
        for (SummaryMetric metric : metrics) {
            value(recent, at, metric).ifPresent(value -> out.add(Measurement.untagged(metric.metricName(), value)));
        }
        return out;
    }

    private static OptionalDouble value(List<WandbRun> recent, Instant at, SummaryMetric metric) {
        Window window = new Window(at, metric.window());
        List<WandbRun> runs = recent.stream()
                .filter(window::created)
                .filter(run -> metric.states().contains(run.state()))
                .filter(run -> JsonLookup.summaryNumber(run.summary(), metric.key()).isPresent())
                .sorted(LATEST_FIRST)
                .toList();
        if (runs.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> values = runs.stream()
                .map(run -> JsonLookup.summaryNumber(run.summary(), metric.key()).getAsDouble()).toList();
        return switch (metric.aggregate()) {
            case LATEST -> OptionalDouble.of(values.get(0));
            case MEAN -> TrainingMetrics.mean(values);
            case MAX -> OptionalDouble.of(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            case MIN -> OptionalDouble.of(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        };
    }
}
