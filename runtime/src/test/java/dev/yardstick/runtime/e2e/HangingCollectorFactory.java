package dev.yardstick.runtime.e2e;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.testkit.FakeClock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Test plugin on the class path: never returns and swallows interruption, like a stuck SDK call. */
public final class HangingCollectorFactory implements CollectorFactory {
    @Override
    public String type() {
        return "hang";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("e2e.never", Unit.NONE, "Never emitted."));
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        CountDownLatch never = new CountDownLatch(1);
        return request -> {
            if (context.clock() instanceof FakeClock) {
                // it hangs past its hard timeout in test time, which is at most 10 s after the cooperative deadline
                ((FakeClock) context.clock()).set(request.deadline().plusSeconds(10));
            }
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // deliberately ignored: the runtime must abandon this collector at its timeout
                }
            }
        };
    }
}
