package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One computed value, before it becomes a gauge at the evaluation instant.
 *
 * @param name the metric name
 * @param unit its unit
 * @param value the value
 * @param tags item tags (per-job gauges only; aggregates carry the instance tags alone)
 */
record Measurement(String name, Unit unit, double value, Tags tags) {

    Measurement {
        requireNonNull(name, "name is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(tags, "tags is null");
    }

    /** Collects measurements, skipping absent values (nothing to compute them from). */
    static final class Builder {
        private final List<Measurement> values = new ArrayList<>();

        Builder count(String name, Unit unit, long value) {
            values.add(new Measurement(name, unit, value, Tags.empty()));
            return this;
        }

        Builder put(String name, Unit unit, OptionalDouble value) {
            value.ifPresent(present -> values.add(new Measurement(name, unit, present, Tags.empty())));
            return this;
        }

        Builder tagged(String name, Unit unit, double value, Tags tags) {
            values.add(new Measurement(name, unit, value, tags));
            return this;
        }

        List<Measurement> build() {
            return List.copyOf(values);
        }
    }
}
