package dev.yardstick.bench;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end harness's drop-in plugin (type {@code bench}): emits {@code series} gauges of 6 tags over
 * {@value #METRICS} metric names, the shape the JMH benchmarks and the baseline program use. It emits them
 * {@value #PART} at a time while it runs, as a large collector should, and returns the rest.
 */
public final class BenchCollectorFactory implements CollectorFactory {
    static final int METRICS = 20;
    /** Points emitted at a time, so that the collector never holds more than this many. */
    static final int PART = 10_000;

    @Override
    public String type() {
        return "bench";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        List<MetricDescriptor> metrics = new ArrayList<>();
        for (int i = 0; i < METRICS; i++) {
            metrics.add(MetricDescriptor.gauge("bench.metric_" + i, Unit.NONE, "A generated series.",
                    "host", "region", "zone", "service", "shard", "tier"));
        }
        return metrics;
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        int series = config.getInt("series");
        if (series < 0) {
            throw config.invalid("series", "must be at least 0, got " + series);
        }
        return request -> {
            List<MetricPoint> part = new ArrayList<>(PART);
            for (int i = 0; i < series; i++) {
                Tags tags = Tags.of("host", "host-" + i, "region", "region-" + (i % 7), "zone", "zone-" + (i % 3),
                        "service", "svc-" + (i % 50), "shard", Integer.toString(i % 64), "tier", "tier-" + (i % 4));
                part.add(Gauge.of("bench.metric_" + (i % METRICS), i * 0.5, request.at(), tags));
                if (part.size() == PART) {
                    request.emitter().emit(part);
                    part.clear();
                }
            }
            return CollectResult.of(part);
        };
    }
}
