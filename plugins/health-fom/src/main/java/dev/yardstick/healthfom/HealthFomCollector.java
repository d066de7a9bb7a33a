package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the enabled figures of merit, one series per repository (CI scores) or W&B project (training scores).
 * A score whose input is missing, not finite, or whose collector is absent or failed this run is not emitted:
 * {@code health.fom.input_missing} = 1 stands in for it, so a dashboard shows "no data", never a fake 0.
 */
final class HealthFomCollector implements Collector {
    private final HealthFomSettings settings;
    private final CollectorContext context;

    HealthFomCollector(HealthFomSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public CollectResult collect(CollectRequest request) {
        InputSnapshot snapshot = settings.datadog()
                .map(datadog -> new DatadogInputSource(datadog, settings.trainingRunTypes(), context.environment())
                        .read(settings.scores(), request.at()))
                .orElseGet(() -> readRun(request.inputs()));
        CollectResult.Builder out = CollectResult.builder();
        for (ConfiguredScore score : settings.scores()) {
            emit(score, snapshot, request.at(), out);
        }
        snapshot.failures().forEach(out::fail);
        return out.build();
    }

    private InputSnapshot readRun(Inputs inputs) {
        for (ScoreGroup group : ScoreGroup.values()) {
            Inputs.DependencyStatus status = inputs.status(group.dependency());
            if (status == Inputs.DependencyStatus.ABSENT || status == Inputs.DependencyStatus.FAILED) {
                context.logger().log(System.Logger.Level.INFO, "{0} is {1} in this run: its scores are reported "
                        + "as {2}", group.dependency(), status.name().toLowerCase(java.util.Locale.ROOT),
                        HealthFomMetrics.INPUT_MISSING);
            }
        }
        return new RunInputSource(settings.trainingRunTypes()).read(inputs, settings.scores());
    }

    private static void emit(ConfiguredScore score, InputSnapshot snapshot, Instant at, CollectResult.Builder out) {
        ScoreDefinition definition = score.definition();
        Set<String> series = snapshot.series(definition.group());
        if (series.isEmpty()) {
            out.add(missing(definition, Tags.empty(), at));
            return;
        }
        for (String value : series) {
            Tags tags = Tags.of(definition.group().tagKey(), value);
            Optional<Double> input = snapshot.value(definition.input(), value)
                    .filter(x -> !definition.positiveOnly() || x > 0);
            out.add(input.isPresent()
                    ? Gauge.of(definition.metricName(), score.formula().score(input.get()), Unit.FRACTION, at, tags)
                    : missing(definition, tags, at));
        }
    }

    private static Gauge missing(ScoreDefinition definition, Tags tags, Instant at) {
        return Gauge.of(HealthFomMetrics.INPUT_MISSING, 1.0, at,
                tags.and(HealthFomMetrics.FOM_TAG, definition.metricName()));
    }

    @Override
    public void close() {
    }
}
