package dev.yardstick.sandbox.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers one GetMetricData query from the fleet's CPU datapoints. */
final class MetricQueries {
    private MetricQueries() {
    }

    static Map<String, Object> answer(Map<?, ?> query, RegionFleet fleet, Instant start, Instant end) {
        Map<?, ?> stat = (Map<?, ?>) query.get("MetricStat");
        Map<?, ?> metric = (Map<?, ?>) stat.get("Metric");
        long period = ((Number) stat.get("Period")).longValue();
        String statistic = (String) stat.get("Stat");
        Object dimensions = metric.get("Dimensions");
        Optional<String> instanceId = (dimensions == null ? List.of() : (List<?>) dimensions).stream()
                .map(dimension -> (Map<?, ?>) dimension)
                .filter(dimension -> "InstanceId".equals(dimension.get("Name")))
                .map(dimension -> (String) dimension.get("Value")).findFirst();
        List<InstanceData.CpuSample> samples = "AWS/EC2".equals(metric.get("Namespace"))
                && "CPUUtilization".equals(metric.get("MetricName")) && instanceId.isPresent()
                ? fleet.instances().stream().filter(i -> i.id().equals(instanceId.get())).findFirst()
                        .map(InstanceData::cpu).orElse(List.of())
                : List.of();
        List<Object> timestamps = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Instant bucket = start; bucket.isBefore(end); bucket = bucket.plusSeconds(period)) {
            Instant from = bucket;
            Instant to = bucket.plusSeconds(period).isAfter(end) ? end : bucket.plusSeconds(period);
            double[] inBucket = samples.stream()
                    .filter(s -> !s.timestamp().isBefore(from) && s.timestamp().isBefore(to))
                    .mapToDouble(InstanceData.CpuSample::percent).toArray();
            if (inBucket.length > 0) {
                timestamps.add(0, from);
                values.add(0, statistic(statistic, inBucket));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("Id", query.get("Id"));
        result.put("Label", metric.get("MetricName"));
        result.put("Timestamps", timestamps);
        result.put("Values", values);
        result.put("StatusCode", "Complete");
        return result;
    }

    private static double statistic(String name, double[] values) {
        return switch (name) {
            case "Minimum" -> java.util.Arrays.stream(values).min().orElseThrow();
            case "Maximum" -> java.util.Arrays.stream(values).max().orElseThrow();
            case "Sum" -> java.util.Arrays.stream(values).sum();
            case "SampleCount" -> values.length;
            default -> java.util.Arrays.stream(values).average().orElseThrow();
        };
    }
}
