package dev.yardstick.runtime.sink.datadog;

import com.datadog.api.client.v1.model.DistributionPointItem;
import com.datadog.api.client.v1.model.DistributionPointsSeries;
import com.datadog.api.client.v2.model.MetricIntakeType;
import com.datadog.api.client.v2.model.MetricPoint;
import com.datadog.api.client.v2.model.MetricSeries;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Unit;
import java.util.List;

/** Maps Yardstick points to the datadog-api-client request models. */
final class DatadogPayloads {

    private DatadogPayloads() {
    }

    /**
     * Maps a gauge, count or rate to a v2 series of one point: gauge → type 3, count → 1 and rate → 2 with
     * their interval in seconds.
     */
    static MetricSeries series(dev.yardstick.api.metric.MetricPoint point) {
        MetricSeries series = point.match(
                gauge -> base(point, gauge.value()).type(MetricIntakeType.GAUGE),
                count -> base(point, count.value()).type(MetricIntakeType.COUNT)
                        .interval(count.interval().getSeconds()),
                rate -> base(point, rate.value()).type(MetricIntakeType.RATE).interval(rate.interval().getSeconds()),
                distribution -> {
                    throw new IllegalArgumentException("distribution " + point.name()
                            + " cannot be sent as a v2 series");
                });
        if (point.unit() != Unit.NONE) {
            series.unit(point.unit().datadogName());
        }
        return series;
    }

    /** Maps a distribution to a v1 distribution-points series of one point. */
    static DistributionPointsSeries distribution(Distribution point) {
        List<DistributionPointItem> item = List.of(
                new DistributionPointItem((double) point.timestamp().getEpochSecond()),
                new DistributionPointItem(point.values()));
        return new DistributionPointsSeries().metric(point.name()).points(List.of(item))
                .tags(point.tags().rendered());
    }

    private static MetricSeries base(dev.yardstick.api.metric.MetricPoint point, double value) {
        return new MetricSeries().metric(point.name())
                .points(List.of(new MetricPoint().timestamp(point.timestamp().getEpochSecond()).value(value)))
                .tags(point.tags().rendered());
    }
}
