package dev.yardstick.runtime.sink.datadog;

import dev.yardstick.api.metric.MetricPoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Datadog's timestamp window: the intake refuses points more than an hour old or more than ten minutes in the
 * future, and a single such point makes it answer 400 for the whole request. Points outside are dropped and
 * counted before batching ({@code too_old}, {@code in_future}), so they never poison a batch of valid ones.
 */
final class IntakeWindow {
    static final Duration PAST = Duration.ofHours(1);
    static final Duration FUTURE = Duration.ofMinutes(10);

    /**
     * The points inside the window and the counts of those outside, by reason.
     *
     * @param inside points to send
     * @param dropped counts by reason
     */
    record Split(List<MetricPoint> inside, Map<String, Long> dropped) {
    }

    private final Clock clock;

    IntakeWindow(Clock clock) {
        this.clock = clock;
    }

    Split split(List<MetricPoint> points) {
        Instant now = clock.instant();
        Instant oldest = now.minus(PAST);
        Instant newest = now.plus(FUTURE);
        List<MetricPoint> inside = new ArrayList<>(points.size());
        Map<String, Long> dropped = new HashMap<>();
        for (MetricPoint point : points) {
            if (point.timestamp().isBefore(oldest)) {
                dropped.merge("too_old", 1L, Long::sum);
            } else if (point.timestamp().isAfter(newest)) {
                dropped.merge("in_future", 1L, Long::sum);
            } else {
                inside.add(point);
            }
        }
        return new Split(inside, dropped);
    }
}
