package dev.yardstick.wandb;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.yardstick.sandbox.wandb.WandbProjectData;
import dev.yardstick.sandbox.wandb.WandbRunData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The metric definitions written out again, plainly, over the simulator's data set objects: an
 * independent oracle for the collector with its default settings (it shares no code with it). Keys are the
 * metric name, with {@code |<run_type>} for the counts; omitted metrics are absent from the map.
 */
final class ExpectedWandbMetrics {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final String[][] RULES = {{"ptm", "^github\\.sky\\."}, {"sweep", "(?i)sweep"},
        {"stable", "(?i)stable"}, {"local", "(?i)local"}};
    private static final String[] TYPES = {"ptm", "sweep", "stable", "local", "other"};
    /** name, key, aggregate, window in hours. */
    private static final String[][] SUMMARIES = {{"latest_sps", "overview/sps", "latest", "24"},
        {"avg_heart_amount_24h", "env_agent/heart.amount", "mean", "24"},
        {"latest_queue_latency_s", "skypilot/queue_latency_s", "latest", "24"},
        {"best_accuracy", "accuracy", "max", "168"}, {"avg_accuracy_7d", "accuracy", "mean", "168"},
        {"latest_loss", "loss", "latest", "24"}};

    private ExpectedWandbMetrics() {
    }

    static Map<String, Double> of(WandbProjectData project, Instant at) {
        Map<String, Double> out = new TreeMap<>();
        List<WandbRunData> runs = project.runs();
        for (String type : TYPES) {
            out.put("wandb.runs.active|" + type, count(runs, type, r -> r.state().equals("running")));
            out.put("wandb.runs.completed_24h|" + type, count(runs, type, r -> in(r, at, 24) && finished(r)));
            out.put("wandb.runs.failed_24h|" + type, count(runs, type, r -> in(r, at, 24) && failed(r)));
            out.put("wandb.runs.total_recent|" + type, count(runs, type, r -> in(r, at, 24)));
            out.put("wandb.runs.completed_7d|" + type, count(runs, type, r -> in(r, at, 168) && finished(r)));
            out.put("wandb.runs.failed_7d|" + type, count(runs, type, r -> in(r, at, 168) && failed(r)));
        }
        List<Double> durations = new ArrayList<>();
        List<Double> utilisation = new ArrayList<>();
        double gpuHours = 0;
        for (WandbRunData run : runs) {
            if (!in(run, at, 24)) {
                continue;
            }
            Double hours = run.heartbeatAt() == null || run.heartbeatAt().isBefore(run.createdAt()) ? null
                    : (run.heartbeatAt().getEpochSecond() - run.createdAt().getEpochSecond()) / 3600.0;
            if (finished(run) && hours != null) {
                durations.add(hours);
            }
            if ((finished(run) || failed(run) || run.state().equals("running")) && hours != null) {
                gpuHours += hours * gpus(run);
            }
            Double gpu = summaryNumber(decode(run.summaryMetrics()), "system.gpu.0.gpu");
            if (finished(run) && gpu != null) {
                utilisation.add(gpu);
            }
        }
        putMean(out, "wandb.training.avg_duration_hours", durations);
        out.put("wandb.training.total_gpu_hours_24h", gpuHours);
        putMean(out, "wandb.training.gpu_utilization_avg", utilisation);
        for (String[] summary : SUMMARIES) {
            summaryMetric(runs, at, summary, out);
        }
        return out;
    }

    /** Runs either listing returns (created at or after the 7-day filter's second, or running) with bad JSON. */
    static int malformedFields(WandbProjectData project, Instant at) {
        Instant since = at.minus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int fields = 0;
        for (WandbRunData run : project.runs()) {
            if (!run.createdAt().isBefore(since) || run.state().equals("running")) {
                fields += malformed(run.summaryMetrics()) + malformed(run.config());
            }
        }
        return fields;
    }

    private static void summaryMetric(List<WandbRunData> runs, Instant at, String[] spec, Map<String, Double> out) {
        List<WandbRunData> having = new ArrayList<>();
        for (WandbRunData run : runs) {
            if (in(run, at, Long.parseLong(spec[3])) && finished(run)
                    && summaryNumber(decode(run.summaryMetrics()), spec[1]) != null) {
                having.add(run);
            }
        }
        if (having.isEmpty()) {
            return;
        }
        List<Double> values = having.stream().map(r -> summaryNumber(decode(r.summaryMetrics()), spec[1])).toList();
        String name = "wandb.metrics." + spec[0];
        switch (spec[2]) {
            case "latest" -> {
                WandbRunData latest = having.stream().max(Comparator.comparing((WandbRunData r) -> r.heartbeatAt())
                        .thenComparing(WandbRunData::createdAt).thenComparing(WandbRunData::name)).orElseThrow();
                out.put(name, summaryNumber(decode(latest.summaryMetrics()), spec[1]));
            }
            case "mean" -> putMean(out, name, values);
            case "max" -> out.put(name, values.stream().mapToDouble(v -> v).max().orElseThrow());
            default -> out.put(name, values.stream().mapToDouble(v -> v).min().orElseThrow());
        }
    }

    private static double count(List<WandbRunData> runs, String type, java.util.function.Predicate<WandbRunData> p) {
        return runs.stream().filter(p).filter(run -> type(run).equals(type)).count();
    }

    static String type(WandbRunData run) {
        String label = run.displayName() == null || run.displayName().isEmpty() ? run.name() : run.displayName();
        for (String[] rule : RULES) {
            if (Pattern.compile(rule[1]).matcher(label).find()) {
                return rule[0];
            }
        }
        return "other";
    }

    private static boolean in(WandbRunData run, Instant at, long hours) {
        return run.createdAt().isAfter(at.minus(Duration.ofHours(hours))) && !run.createdAt().isAfter(at);
    }

    private static boolean finished(WandbRunData run) {
        return run.state().equals("finished");
    }

    private static boolean failed(WandbRunData run) {
        return run.state().equals("failed") || run.state().equals("crashed");
    }

    private static double gpus(WandbRunData run) {
        JsonNode config = decode(run.config());
        JsonNode summary = decode(run.summaryMetrics());
        for (String key : new String[] {"gpu_count", "num_gpus"}) {
            JsonNode value = config.path(key);
            value = value.isObject() && value.has("value") ? value.get("value") : value;
            if (value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() >= 0) {
                return value.doubleValue();
            }
        }
        for (String key : new String[] {"gpu_count", "num_gpus"}) {
            Double value = summaryNumber(summary, key);
            if (value != null && value >= 0) {
                return value;
            }
        }
        return 1;
    }

    static Double summaryNumber(JsonNode summary, String key) {
        JsonNode node = summary.has(key) ? summary.get(key) : summary;
        if (!summary.has(key)) {
            for (String part : key.split("/")) {
                node = node.path(part);
            }
        }
        return node.isNumber() && Double.isFinite(node.doubleValue()) ? node.doubleValue() : null;
    }

    static JsonNode decode(String text) {
        try {
            JsonNode node = text == null ? null : LENIENT.readTree(text);
            return node != null && node.isObject() ? node : LENIENT.createObjectNode();
        } catch (java.io.IOException malformed) {
            return LENIENT.createObjectNode();
        }
    }

    private static int malformed(String text) {
        try {
            if (text != null) {
                LENIENT.readTree(text);
            }
            return 0;
        } catch (java.io.IOException bad) {
            return 1;
        }
    }

    private static void putMean(Map<String, Double> out, String name, List<Double> values) {
        if (!values.isEmpty()) {
            out.put(name, values.stream().mapToDouble(v -> v).sum() / values.size());
        }
    }
}
