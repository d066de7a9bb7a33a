package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Set;

/**
 * One entry of {@code summary-metrics}: the gauge {@code wandb.metrics.<name>}.
 *
 * @param name the metric name's last part
 * @param key the summary key: an exact key first, else a {@code /}-separated path into nested objects
 * @param aggregate how the runs' values are combined
 * @param window runs created within this window count ({@code at − window < createdAt ≤ at})
 * @param states runs in these W&B states count
 */
record SummaryMetric(String name, String key, Aggregate aggregate, Duration window, Set<String> states) {

    SummaryMetric {
        requireNonNull(name, "name is null");
        requireNonNull(key, "key is null");
        requireNonNull(aggregate, "aggregate is null");
        requireNonNull(window, "window is null");
        states = Set.copyOf(states);
    }

    String metricName() {
        return WandbMetrics.SUMMARY_PREFIX + name;
    }
}
