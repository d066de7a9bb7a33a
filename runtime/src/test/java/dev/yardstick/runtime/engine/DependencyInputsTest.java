package dev.yardstick.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the points a collector still to start depends on are held, and only until it starts. */
class DependencyInputsTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private static CollectorUnit unit(String id, String... dependsOn) {
        return new CollectorUnit(id, id.split("/")[0], Set.of(dependsOn), request -> CollectResult.of(List.of()),
                Duration.ofSeconds(5), Map.of(), Map.of());
    }

    private static CollectorOutcome succeeded(String id) {
        return new CollectorOutcome(id, id.split("/")[0], CollectorOutcome.Status.SUCCESS, 1, List.of(),
                Duration.ZERO);
    }

    private static List<MetricPoint> point(String name) {
        return List.of(Gauge.of(name, 1, AT, Tags.empty()));
    }

    @Test
    void keepsOnlyTheTypesAWaitingCollectorDependsOnUntilTheLastOfThemStarts() {
        CollectorUnit health = unit("health", "github");
        CollectorUnit report = unit("report", "github", "health");
        DependencyInputs inputs = new DependencyInputs(List.of(unit("github/a"), unit("github/b"), unit("asana"),
                health, report));

        assertFalse(inputs.wanted("asana"), "no collector depends on asana");
        assertTrue(inputs.wanted("github"));
        inputs.finished(succeeded("github/a"), point("github.a"));
        inputs.finished(succeeded("github/b"), point("github.b"));
        inputs.finished(succeeded("asana"), point("asana.x"));

        Inputs seenByHealth = inputs.inputsFor(health);
        assertEquals(2, seenByHealth.points().size());
        assertTrue(inputs.wanted("github"), "report still waits for github");
        inputs.finished(succeeded("health"), point("health.score"));

        Inputs seenByReport = inputs.inputsFor(report);
        assertEquals(List.of("github.a", "github.b", "health.score"),
                seenByReport.points().stream().map(MetricPoint::name).toList());
        assertEquals(Inputs.DependencyStatus.SUCCEEDED, seenByReport.status("health"));
        assertFalse(inputs.wanted("github"), "every collector depending on github started");
        assertFalse(inputs.wanted("health"));
    }
}
