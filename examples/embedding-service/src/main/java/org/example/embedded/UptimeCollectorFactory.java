package org.example.embedded;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.lang.management.ManagementFactory;
import java.util.List;

/** A collector type of the service's own, registered in code: how long the service has been up. */
final class UptimeCollectorFactory implements CollectorFactory {
    /** Its settings and their defaults, the way a plugin's reference.conf declares them. */
    static final String DEFAULTS = "yardstick.collectors.uptime { component = api }";

    @Override
    public String type() {
        return "uptime";
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return List.of(MetricDescriptor.gauge("example.uptime_seconds", Unit.SECOND,
                "Seconds since the service started.", "component"));
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        Tags tags = Tags.of("component", config.getString("component"));
        return request -> CollectResult.of(List.of(Gauge.of("example.uptime_seconds",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, Unit.SECOND, request.at(), tags)));
    }
}
