package dev.yardstick.runtime.e2e;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.testkit.FakeClock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Test plugin on the class path: emits {@code count} gauges {@code e2e.value{i:N}} with value N; with
 * {@code unfinished-section} set, that section runs out of time and the collector returns by the request's deadline.
 */
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
        String unfinished = config.hasPath("unfinished-section") ? config.getString("unfinished-section") : null;
        return request -> {
            List<MetricPoint> points = IntStream.range(0, count).mapToObj(i -> (MetricPoint) Gauge.of(
                    "e2e.value", i, request.at(), Tags.of("i", Integer.toString(i)))).toList();
            if (unfinished == null) {
                return CollectResult.of(points);
            }
            if (context.clock() instanceof FakeClock) {
                ((FakeClock) context.clock()).set(request.deadline()); // the slow section runs until the deadline
            }
            return new CollectResult(points, List.of(new CollectFailure(unfinished, FailureKind.TIMEOUT,
                    "request deadline reached")));
        };
    }
}
