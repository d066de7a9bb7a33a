package dev.yardstick.runtime.telemetry;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricKind;
import dev.yardstick.api.metric.Unit;
import java.util.List;

/**
 * The catalogue of Yardstick's own metrics, emitted every run through the same pipeline as collected data
 * (so they also carry {@code env}, {@code service}, {@code version} and {@code source:yardstick}).
 */
public final class SelfMetrics {
    /** Every self-telemetry metric. */
    public static final List<MetricDescriptor> CATALOGUE = List.of(
            gauge("yardstick.collector.success", Unit.NONE, "1 when the collector's last run fully succeeded, else 0.",
                    "collector"),
            gauge("yardstick.collector.duration_seconds", Unit.SECOND, "How long the collector's last run took.",
                    "collector"),
            gauge("yardstick.collector.points", Unit.POINT, "Points the collector produced in its last run.",
                    "collector"),
            gauge("yardstick.collector.timeout", Unit.NONE, "1 when the collector was stopped at its timeout, else 0.",
                    "collector"),
            count("yardstick.collector.errors", Unit.ERROR, "Failures the collector reported, by kind.",
                    "collector", "kind"),
            count("yardstick.sink.points_sent", Unit.POINT, "Points the sink delivered.", "sink"),
            count("yardstick.sink.points_dropped", Unit.POINT, "Points the sink gave up on, by reason.",
                    "sink", "reason"),
            count("yardstick.sink.retries", Unit.REQUEST, "Requests the sink sent again.", "sink"),
            count("yardstick.http.requests", Unit.REQUEST, "HTTP requests collectors made, by host and status class.",
                    "collector", "host", "status_class"),
            count("yardstick.pipeline.points_dropped", Unit.POINT, "Points a pipeline stage dropped, by reason.",
                    "stage", "reason"),
            count("yardstick.pipeline.tags_dropped", Unit.ITEM, "Tags a pipeline stage removed, by reason.",
                    "stage", "reason"),
            gauge("yardstick.run.duration_seconds", Unit.SECOND, "How long the whole run took."),
            gauge("yardstick.run.last_success_timestamp", Unit.SECOND,
                    "Epoch seconds of the last run in which everything succeeded."),
            gauge("yardstick.test_metric", Unit.NONE, "Sent by `yardstick send-test-metric` to check delivery."));

    private SelfMetrics() {
    }

    private static MetricDescriptor gauge(String name, Unit unit, String description, String... tags) {
        return MetricDescriptor.gauge(name, unit, description, tags);
    }

    private static MetricDescriptor count(String name, Unit unit, String description, String... tags) {
        return new MetricDescriptor(name, MetricKind.COUNT, unit, description, List.of(tags));
    }
}
