package dev.yardstick.skypilot;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.sandbox.skypilot.SkypilotDataSet;
import dev.yardstick.sandbox.skypilot.SkypilotJobData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-job gauges computed straight from the data set with the default prices, keyed by
 * {@code name{tag:value,...}} so that tags are compared too.
 */
final class ExpectedPerJobMetrics {
    private static final Map<String, Double> PRICES = Map.of("l4", 0.75, "a10g", 1.01, "h100", 4.10, "a100", 4.72);

    private ExpectedPerJobMetrics() {
    }

    static Map<String, Double> of(SkypilotDataSet data, Instant at, int maxJobs) {
        double now = at.getEpochSecond();
        List<SkypilotJobData> jobs = new ArrayList<>(data.jobs().stream().filter(job -> group(job) != null).toList());
        jobs.sort(Comparator.comparingDouble((SkypilotJobData job) -> known(job.submittedAt()) ? job.submittedAt() : 0)
                .reversed().thenComparing(job -> Long.toString(job.jobId()), Comparator.reverseOrder()));
        Map<String, Double> expected = new TreeMap<>();
        for (SkypilotJobData job : jobs.subList(0, Math.min(maxJobs, jobs.size()))) {
            String group = group(job);
            boolean spot = job.clusterResources() != null
                    && job.clusterResources().toLowerCase(Locale.ROOT).contains("spot");
            String tags = "job_id:" + job.jobId() + ",pricing:" + (spot ? "spot" : "ondemand") + ",region:"
                    + orUnknown(job.region()) + ",status:" + group + ",user:" + orUnknown(job.userName());
            if (job.jobDuration() != null && job.jobDuration() > 0) {
                expected.put("skypilot.job.runtime_hours{" + tags + "}", job.jobDuration() / 3600);
            }
            if (group.equals("queued") && known(job.submittedAt())) {
                expected.put("skypilot.job.queue_wait_seconds{" + tags + "}", now - job.submittedAt());
            }
            if (known(job.submittedAt()) && job.startAt() != null && job.startAt() > job.submittedAt()) {
                expected.put("skypilot.job.setup_seconds{" + tags + "}", job.startAt() - job.submittedAt());
            }
            Double hours = null;
            if (List.of("succeeded", "failed", "cancelled").contains(group) && known(job.submittedAt())
                    && job.endAt() != null && job.endAt() > job.submittedAt()) {
                hours = (job.endAt() - job.submittedAt()) / 3600;
                expected.put("skypilot.job.total_duration_hours{" + tags + "}", hours);
            }
            if (group.equals("failed") && known(job.startAt()) && job.endAt() != null && job.endAt() > job.startAt()) {
                expected.put("skypilot.job.time_to_failure_hours{" + tags + "}", (job.endAt() - job.startAt()) / 3600);
            }
            Map<String, Integer> accelerators = job.accelerators() == null ? Map.of() : job.accelerators();
            for (Map.Entry<String, Integer> accelerator : accelerators.entrySet()) {
                String gpuTags = "gpu_type:" + accelerator.getKey().toLowerCase(Locale.ROOT) + "," + tags;
                expected.put("skypilot.job.gpu_count{" + gpuTags + "}", (double) accelerator.getValue());
                Double price = price(accelerator.getKey());
                if (price != null) {
                    double hourly = price * accelerator.getValue() * (spot ? 0.35 : 1);
                    expected.put("skypilot.job.estimated_cost_hourly{" + gpuTags + "}", hourly);
                    if (hours != null) {
                        expected.put("skypilot.job.total_cost_usd{" + gpuTags + "}", hourly * hours);
                    }
                }
            }
        }
        return expected;
    }

    static Map<String, Double> actual(List<MetricPoint> points) {
        Map<String, Double> actual = new TreeMap<>();
        for (MetricPoint point : points) {
            if (!point.tags().asMap().isEmpty()) {
                StringBuilder key = new StringBuilder(point.name()).append('{');
                point.tags().asMap().forEach((name, value) -> key.append(name).append(':').append(value).append(','));
                key.setLength(key.length() - 1);
                actual.put(key.append('}').toString(), ((Gauge) point).value());
            }
        }
        return actual;
    }

    private static Double price(String accelerator) {
        String name = accelerator.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Double> price : PRICES.entrySet()) {
            if (name.equals(price.getKey()) || name.startsWith(price.getKey() + "-")) {
                return price.getValue();
            }
        }
        return null;
    }

    private static String group(SkypilotJobData job) {
        String status = job.status();
        return switch (status) {
            case "PENDING", "SUBMITTED", "STARTING" -> "queued";
            case "RUNNING", "RECOVERING" -> "running";
            case "SUCCEEDED" -> "succeeded";
            case "CANCELLING", "CANCELLED" -> "cancelled";
            default -> status.equals("FAILED") || status.startsWith("FAILED_") ? "failed" : null;
        };
    }

    private static boolean known(Double time) {
        return time != null && time > 0;
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "unknown" : value;
    }
}
