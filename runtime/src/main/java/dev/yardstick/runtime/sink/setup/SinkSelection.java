package dev.yardstick.runtime.sink.setup;

import dev.yardstick.runtime.sink.ConfiguredSink;
import java.util.List;

/**
 * The sinks of {@code yardstick.sinks} sorted into those that receive this run and those that do not.
 *
 * @param active the sinks receiving the run's points, in key order
 * @param inactive the others, with the reason, in key order
 */
public record SinkSelection(List<ConfiguredSink> active, List<InactiveSink> inactive) {

    /** Copies the lists. */
    public SinkSelection {
        active = List.copyOf(active);
        inactive = List.copyOf(inactive);
    }

    /**
     * Returns no sinks at all.
     *
     * @return an empty selection
     */
    public static SinkSelection none() {
        return new SinkSelection(List.of(), List.of());
    }
}
