package dev.yardstick.dashboards;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricKind;
import dev.yardstick.api.metric.Unit;
import java.util.List;

/**
 * The runtime's self-telemetry metrics, which dashboards and monitors may use without any collector
 * plugin installed. Kept here until the runtime publishes its own catalogue.
 */
public final class SelfTelemetryCatalogue {
    /** Every self-telemetry metric the runtime emits. */
    public static final List<MetricDescriptor> METRICS = List.of(
            gauge("yardstick.collector.success", Unit.NONE, "1 when the collector's latest run succeeded, else 0", "collector"),
            gauge("yardstick.collector.duration_seconds", Unit.SECOND, "Duration of the collector's latest run", "collector"),
            gauge("yardstick.collector.points", Unit.POINT, "Points the collector produced in its latest run", "collector"),
            gauge("yardstick.collector.timeout", Unit.NONE, "1 when the collector's latest run timed out, else 0", "collector"),
            gauge("yardstick.run.duration_seconds", Unit.SECOND, "Duration of the whole run"),
            gauge("yardstick.run.last_success_timestamp", Unit.SECOND, "Epoch seconds of the last successful run"),
            count("yardstick.collector.errors", Unit.ERROR, "Collector failures by kind", "collector", "kind"),
            count("yardstick.sink.points_sent", Unit.POINT, "Points a sink delivered", "sink"),
            count("yardstick.sink.points_dropped", Unit.POINT, "Points a sink or stage dropped, by reason", "sink", "reason"),
            count("yardstick.sink.retries", Unit.REQUEST, "Sink request retries", "sink"),
            count("yardstick.http.requests", Unit.REQUEST, "Upstream HTTP requests", "host", "status_class", "collector"));

    private SelfTelemetryCatalogue() {
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description, String... tags) {
        return new MetricDescriptor(name, MetricKind.GAUGE, unit, description, List.of(tags));
    }

    private static MetricDescriptor count(String name, Unit unit, String description, String... tags) {
        return new MetricDescriptor(name, MetricKind.COUNT, unit, description, List.of(tags));
    }
}
