package dev.yardstick.runtime.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSinkTest {

    @Test
    void printsAnAlignedTableSortedByMetricThenTags() throws IOException {
        List<MetricPoint> points = new ArrayList<>(PointJsonTest.everyKind());
        points.add(0, Gauge.of("github.prs.open", 4, PointJsonTest.AT, Tags.of("repo", "acme/zeta", "env", "prod")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleSink sink = new ConsoleSink("console", new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            assertEquals(5, sink.send(points, PointJsonTest.AT).sent());
        }
        assertEquals(PointJsonTest.fixture("console-table.txt"), bytes.toString(StandardCharsets.UTF_8));
    }
}
