package dev.yardstick.runtime.e2e;

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
import java.util.List;
import java.util.stream.IntStream;

/** Test plugin on the class path: emits {@code count} gauges {@code e2e.value{i:N}} with value N. */
public final class PointsCollectorFactory implements CollectorFactory {
    @Override
    public String type() {
        return "points";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("e2e.value", Unit.NONE, "A numbered test value.", "i"));
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        int count = config.getInt("count");
        if (count < 0) {
            throw config.invalid("count", "must not be negative, got " + count);
        }
        return request -> CollectResult.of(IntStream.range(0, count).mapToObj(i -> (MetricPoint) Gauge.of(
                "e2e.value", i, request.at(), Tags.of("i", Integer.toString(i)))).toList());
    }
}
