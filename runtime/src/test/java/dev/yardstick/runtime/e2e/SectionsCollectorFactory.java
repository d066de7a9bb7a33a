package dev.yardstick.runtime.e2e;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.testkit.FakeClock;
import java.util.ArrayList;
import java.util.List;

/**
 * Test plugin on the class path shaped like the GitHub collector: two quick sections of ten points each, then a
 * slow section that honours the request's deadline and returns what the finished sections produced.
 */
public final class SectionsCollectorFactory implements CollectorFactory {
    @Override
    public String type() {
        return "sections";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("e2e.section", Unit.NONE, "A point of a finished section.", "section",
                "i"));
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return request -> {
            List<MetricPoint> points = new ArrayList<>();
            for (String section : List.of("pulls", "commits")) {
                for (int i = 0; i < 10; i++) {
                    points.add(Gauge.of("e2e.section", i, request.at(), Tags.of("section", section,
                            "i", Integer.toString(i))));
                }
            }
            if (context.clock() instanceof FakeClock) {
                ((FakeClock) context.clock()).set(request.deadline()); // the slow section runs out of time
            }
            return new CollectResult(points, List.of(new CollectFailure("ci", FailureKind.TIMEOUT,
                    "request deadline reached")));
        };
    }
}
