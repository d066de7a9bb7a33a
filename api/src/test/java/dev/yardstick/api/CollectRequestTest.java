package dev.yardstick.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A collection's points are those emitted, in order, then those returned. */
class CollectRequestTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private static MetricPoint gauge(String name) {
        return Gauge.of(name, 1, AT, Tags.empty());
    }

    private static List<String> names(List<MetricPoint> points) {
        return points.stream().map(MetricPoint::name).toList();
    }

    @Test
    void aRequestWithoutAHostsEmitterBuffersEmittedPointsInFrontOfTheReturnedOnes() throws InterruptedException {
        CollectRequest request = new CollectRequest(AT, AT.plusSeconds(60), Inputs.none());
        List<MetricPoint> part = new ArrayList<>(List.of(gauge("a.one"), gauge("a.two")));
        request.emitter().emit(part);
        part.clear();
        request.emitter().emit(List.of(gauge("a.three")));

        assertEquals(List.of("a.one", "a.two", "a.three", "a.four"),
                names(request.pointsWith(CollectResult.of(List.of(gauge("a.four"))))));
    }

    @Test
    void aHostsEmitterHasTheEmittedPointsSoOnlyTheReturnedOnesRemain() {
        List<MetricPoint> host = new ArrayList<>();
        CollectRequest request = new CollectRequest(AT, AT.plusSeconds(60), Inputs.none(), host::addAll);

        assertEquals(List.of("a.four"), names(request.pointsWith(CollectResult.of(List.of(gauge("a.four"))))));
    }

    @Test
    void anEndedBufferRefusesPoints() {
        PointBuffer buffer = new PointBuffer();
        buffer.end();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> buffer.emit(List.of(gauge("a.late"))));
        assertTrue(refused.getMessage().contains("after the collection ended"), refused.getMessage());
        assertEquals(List.of(), buffer.points());
    }
}
