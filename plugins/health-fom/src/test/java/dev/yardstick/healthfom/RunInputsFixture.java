package dev.yardstick.healthfom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The github and wandb points of {@code run-inputs.json}, as the runtime would hand them over. */
final class RunInputsFixture {
    static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private RunInputsFixture() {
    }

    static List<MetricPoint> github() {
        return load("github");
    }

    static List<MetricPoint> wandb() {
        return load("wandb");
    }

    private static List<MetricPoint> load(String section) {
        try (InputStream in = RunInputsFixture.class.getResourceAsStream("run-inputs.json")) {
            List<MetricPoint> points = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in).get(section)) {
                Map<String, String> tags = new TreeMap<>();
                node.get("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
                double value = node.get("value").isNumber() ? node.get("value").asDouble()
                        : Double.parseDouble(node.get("value").asText());
                points.add(Gauge.of(node.get("name").asText(), value, AT, Tags.of(tags)));
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
