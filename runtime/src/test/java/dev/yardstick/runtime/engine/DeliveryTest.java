package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.sink.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Delivery holds at most {@link Delivery#QUEUED} lists: a pipeline faster than the sinks waits for them. */
class DeliveryTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final List<MetricPoint> POINTS = List.of(Gauge.of("a.b", 1, AT, Tags.empty()));

    @Test
    void submitWaitsForRoomAndGivesUpAfterTheBound() throws InterruptedException {
        CountDownLatch sinkReturns = new CountDownLatch(1);
        Delivery delivery = new Delivery((points, deadline) -> {
            try {
                sinkReturns.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of("sink", SendResult.delivered(points.size()));
        }, AT, Duration.ofMillis(100));
        for (int i = 0; i < Delivery.QUEUED; i++) {
            delivery.submit(POINTS);
        }

        IllegalStateException full = assertThrows(IllegalStateException.class, () -> delivery.submit(POINTS));
        assertTrue(full.getMessage().contains("did not return within"), full.getMessage());
        sinkReturns.countDown();
        assertEquals(Map.of("sink", SendResult.delivered(Delivery.QUEUED)), delivery.finish());
    }
}
