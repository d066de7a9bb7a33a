package dev.yardstick.runtime.discovery;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.util.List;
import java.util.Set;

/**
 * A built-in (class path) factory for tests, registered in src/test/resources/META-INF/services; its defaults
 * are in src/test/resources/reference.conf under {@code yardstick.collectors.echo}.
 */
public final class EchoCollectorFactory implements CollectorFactory {
    /** Its type. */
    public static final String TYPE = "echo";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("echo.length", Unit.NONE, "Length of the message."));
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("credentials");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        String message = config.getString("message");
        return request -> CollectResult.of(List.of(Gauge.of("echo.length", message.length(), request.at(),
                Tags.empty())));
    }
}
