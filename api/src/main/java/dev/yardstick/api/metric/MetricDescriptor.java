package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One entry of a collector's metric catalogue: what the collector may emit, documented for users,
 * dashboards and the runtime's checks.
 *
 * @param name the metric name, e.g. {@code github.prs.open}
 * @param kind the kind of points emitted under this name
 * @param unit the unit of the values
 * @param description a one-sentence definition of the value
 * @param tagKeys the tag keys the collector sets on these points (beyond the runtime's base tags)
 */
public record MetricDescriptor(String name, MetricKind kind, Unit unit, String description, List<String> tagKeys) {

    /** Validates the components and copies the tag keys. */
    public MetricDescriptor {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(description, "description is null");
        tagKeys = List.copyOf(tagKeys);
    }

    /**
     * Creates a gauge descriptor.
     *
     * @param name the metric name
     * @param unit the unit
     * @param description the definition
     * @param tagKeys the tag keys the collector sets
     * @return the descriptor
     */
    public static MetricDescriptor gauge(String name, Unit unit, String description, String... tagKeys) {
        return new MetricDescriptor(name, MetricKind.GAUGE, unit, description, List.of(tagKeys));
    }
}
