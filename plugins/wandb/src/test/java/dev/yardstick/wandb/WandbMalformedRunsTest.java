package dev.yardstick.wandb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbProjectData;
import dev.yardstick.sandbox.wandb.WandbRunData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project full of undecodable fields: every run still counts, and the warnings stay bounded. */
class WandbMalformedRunsTest {
    private static final Instant AT = WandbDataSet.DEFAULT_REFERENCE;

    @Test
    void everyRunCountsAndWarningsStopAtTheCapWithOneClosingLine() throws InterruptedException {
        List<WandbRunData> runs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Instant created = AT.minusSeconds(600L + i);
            runs.add(new WandbRunData("bad-" + i, "stable.bad." + i, "finished", created, created.plusSeconds(3600),
                    "{\"loss\": " + i + ", ", i % 2 == 0 ? "[]" : "{\"gpu_count\": 2}"));
        }
        WandbDataSet data = new WandbDataSet(AT, List.of(new WandbProjectData("acme", "broken", runs)));
        try (WandbTestbed testbed = new WandbTestbed(data)) {
            CollectResult result = testbed.collectOnce("broken", AT, "entity = acme");
            assertEquals(List.of(), result.failures());
            Map<String, Double> values = WandbCollectorSimulatorTest.pointsOf(result.points(), "acme/broken", AT);
            assertEquals(25.0, values.get("wandb.runs.completed_24h|stable"));
            assertEquals(13 * 1.0 + 12 * 2.0, values.get("wandb.training.total_gpu_hours_24h"), 1e-9,
                    "runs with a config array count 1 GPU, the others 2");
            List<String> warnings = testbed.context.logger().lines().stream()
                    .filter(line -> line.contains("WARNING")).toList();
            assertEquals(ProjectCollection.MAX_WARNINGS + 1, warnings.size(), String.join("\n", warnings));
            assertTrue(warnings.get(warnings.size() - 1).contains("18 more undecodable summaryMetrics or config "
                    + "fields"), warnings.get(warnings.size() - 1));
            assertTrue(warnings.get(0).contains("summaryMetrics is not valid JSON (Unexpected end-of-input"),
                    warnings.get(0));
        }
    }
}
