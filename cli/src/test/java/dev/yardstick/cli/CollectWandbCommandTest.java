package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.wandb.WandbDataSet;
import dev.yardstick.sandbox.wandb.WandbRunData;
import dev.yardstick.sandbox.wandb.WandbSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Issue 8's acceptance command, run through the real CLI against the simulated W&B. */
class CollectWandbCommandTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void collectWandbJsonPrintsEveryMetricOfTheProject() throws Exception {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        try (WandbSimulator wandb = new WandbSimulator(clock)) {
            wandb.start();
            CliTest.Result result = CliTest.run("collect", "wandb", "--json", "--at", "2026-11-20T12:00:00Z",
                    "--set", "yardstick.collectors.wandb.api-url=http://127.0.0.1:" + wandb.port(),
                    "--set", "yardstick.collectors.wandb.api-key=" + WandbSimulator.DEFAULT_API_KEY,
                    "--set", "yardstick.collectors.wandb.entity=" + WandbDataSet.ENTITY,
                    "--set", "yardstick.collectors.wandb.project=" + WandbDataSet.MAIN_PROJECT);

            assertEquals(0, result.exitCode(), result.err());
            JsonNode points = new ObjectMapper().readTree(result.out());
            Set<String> metrics = new TreeSet<>();
            Map<String, Double> values = new HashMap<>();
            for (JsonNode point : points) {
                String metric = point.get("metric").asText();
                metrics.add(metric);
                assertEquals("gauge", point.get("type").asText());
                assertEquals(AT.getEpochSecond(), point.get("timestamp").asLong());
                String tags = point.get("tags").toString();
                assertTrue(tags.contains("\"project:metta-research/metta\""), point.toString());
                String type = tags.replaceAll(".*\"run_type:([a-z]+)\".*", "$1");
                values.put(metric + (type.equals(tags) ? "" : "|" + type), point.get("value").asDouble());
            }
            assertEquals(39, points.size(), metrics.toString());
            assertEquals(15, metrics.size(), metrics.toString());
            List<WandbRunData> runs = wandb.dataSet().project(WandbDataSet.ENTITY, WandbDataSet.MAIN_PROJECT).runs();
            long running = runs.stream().filter(run -> run.state().equals("running")).count();
            double active = values.entrySet().stream().filter(entry -> entry.getKey().startsWith("wandb.runs.active|"))
                    .mapToDouble(Map.Entry::getValue).sum();
            assertEquals(running, active, "every running run is counted under one run type");
            long finishedDay = runs.stream().filter(run -> run.state().equals("finished")
                    && run.createdAt().isAfter(AT.minusSeconds(86_400)) && !run.createdAt().isAfter(AT)).count();
            double completed = values.entrySet().stream().filter(entry -> entry.getKey().startsWith(
                    "wandb.runs.completed_24h|")).mapToDouble(Map.Entry::getValue).sum();
            assertEquals(finishedDay, completed);
            assertFalse(result.out().contains(WandbSimulator.DEFAULT_API_KEY)
                    || result.err().contains(WandbSimulator.DEFAULT_API_KEY), "the API key never appears in output");
        }
    }
}
