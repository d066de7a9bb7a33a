package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Mean {@code AWS/EC2 CPUUtilization} of instances over a window, through CloudWatch {@code GetMetricData}: one
 * batched request (paginated by the SDK) per 500 instances, one query per instance with a single period
 * covering the window.
 */
final class CpuUtilizationClient {
    /** GetMetricData accepts at most 500 queries per request. */
    static final int QUERIES_PER_REQUEST = 500;

    private final Supplier<CloudWatchClient> cloudWatch;
    private final Supplier<Duration> remaining;

    /** The client is asked for only when a call is made, so that it is built only with idle detection on. */
    CpuUtilizationClient(Supplier<CloudWatchClient> cloudWatch, Supplier<Duration> remaining) {
        this.cloudWatch = requireNonNull(cloudWatch, "cloudWatch is null");
        this.remaining = requireNonNull(remaining, "remaining is null");
    }

    /**
     * Returns the mean CPU utilisation (percent) of each instance that has data in {@code [start, end)}.
     *
     * @param instanceIds the instances
     * @param start the window start
     * @param end the window end
     * @return the mean by instance id; instances without datapoints are absent
     */
    Map<String, Double> meanCpu(List<String> instanceIds, Instant start, Instant end)
            throws AwsFailure, InterruptedException {
        int period = Math.toIntExact(Duration.between(start, end).toSeconds());
        Map<String, Double> means = new HashMap<>();
        for (int from = 0; from < instanceIds.size(); from += QUERIES_PER_REQUEST) {
            List<String> batch = instanceIds.subList(from, Math.min(instanceIds.size(), from + QUERIES_PER_REQUEST));
            List<MetricDataQuery> queries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                queries.add(query("q" + i, batch.get(i), period));
            }
            GetMetricDataRequest request = GetMetricDataRequest.builder().metricDataQueries(queries)
                    .startTime(start).endTime(end)
                    .overrideConfiguration(o -> o.apiCallTimeout(remaining.get())).build();
            Map<String, List<Double>> values = Ec2RegionClient.call("GetMetricData", () -> {
                Map<String, List<Double>> byQuery = new HashMap<>();
                for (MetricDataResult result : cloudWatch.get().getMetricDataPaginator(request).metricDataResults()) {
                    byQuery.computeIfAbsent(result.id(), id -> new ArrayList<>()).addAll(result.values());
                }
                return byQuery;
            });
            for (int i = 0; i < batch.size(); i++) {
                List<Double> points = values.getOrDefault("q" + i, List.of());
                if (!points.isEmpty()) {
                    means.put(batch.get(i), points.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                }
            }
        }
        return means;
    }

    private static MetricDataQuery query(String id, String instanceId, int period) {
        Metric metric = Metric.builder().namespace("AWS/EC2").metricName("CPUUtilization")
                .dimensions(Dimension.builder().name("InstanceId").value(instanceId).build()).build();
        return MetricDataQuery.builder().id(id).returnData(true)
                .metricStat(MetricStat.builder().metric(metric).period(period).stat("Average").build()).build();
    }
}
