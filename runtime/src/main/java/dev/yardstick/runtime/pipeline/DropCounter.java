package dev.yardstick.runtime.pipeline;

import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.telemetry.Telemetry;

/**
 * Counts the points a stage drops, as {@code yardstick.pipeline.points_dropped{stage,reason}}.
 */
final class DropCounter {
    static final String METRIC = "yardstick.pipeline.points_dropped";

    private final Telemetry telemetry;
    private final String stage;

    DropCounter(Telemetry telemetry, String stage) {
        this.telemetry = telemetry;
        this.stage = stage;
    }

    void drop(String reason, long points) {
        if (points > 0) {
            telemetry.increment(METRIC, Tags.of("stage", stage, "reason", reason), points);
        }
    }
}
