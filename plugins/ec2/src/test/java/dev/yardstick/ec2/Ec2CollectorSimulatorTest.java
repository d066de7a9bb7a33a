package dev.yardstick.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every metric of every simulated region against the independent calculation from the data set. */
class Ec2CollectorSimulatorTest {
    private static final Instant AT = Ec2DataSet.DEFAULT_REFERENCE;
    private static final String BOTH_REGIONS = "regions = [\"us-east-1\", \"eu-west-1\"]\n";
    @RegisterExtension
    static final Ec2Testbed testbed = Ec2Testbed.standard();

    @ParameterizedTest(name = "at reference − {0}")
    @CsvSource({"PT0S", "PT30M", "PT2H", "PT50H"})
    void everyMetricOfEveryRegionMatchesTheIndependentCalculation(Duration before) throws InterruptedException {
        Instant at = AT.minus(before);
        CollectResult result = testbed.collectOnce(BOTH_REGIONS + "idle.enabled = true", at);
        assertEquals(List.of(), result.failures());
        for (String region : List.of("us-east-1", "eu-west-1")) {
            Map<String, Double> expected = ExpectedEc2Metrics.of(testbed.data(), region, at,
                    ExpectedEc2Metrics.Options.defaults().withIdle());
            assertMetricsMatch(expected, pointsOf(result.points(), region, at), region);
        }
    }

    @Test
    void withoutIdleDetectionTwentyMetricsAreEmittedAndCloudWatchIsNeverCalled() throws InterruptedException {
        CollectResult result = testbed.collectOnce("", AT);
        Map<String, Double> values = pointsOf(result.points(), "us-east-1", AT);
        assertEquals(20, values.size(), values.keySet().toString());
        assertEquals(ExpectedEc2Metrics.of(testbed.data(), "us-east-1", AT, ExpectedEc2Metrics.Options.defaults())
                .keySet(), values.keySet());
        assertEquals(0, testbed.cloudWatch.requestCount());
    }

    @Test
    void theFleetCoversEveryCaseTheMetricsDistinguish() throws InterruptedException {
        Map<String, Double> values = pointsOf(testbed.collectOnce("", AT).points(), "us-east-1", AT);
        long listed = testbed.data().region("us-east-1").instances().size();
        assertTrue(values.get("ec2.instances.total") < listed, "shutting-down and terminated are not counted");
        assertTrue(values.get("ec2.cost.unpriced_instances") > 0, "mac2.metal and u-6tb1.metal have no price");
        assertTrue(values.get("ec2.instances.gpu_count") > values.get("ec2.instances.gpu_instances"));
        assertTrue(values.get("ec2.cost.spot_savings_pct") > 0);
        assertTrue(testbed.lastContext.logger().lines().stream().anyMatch(line -> line.contains(
                "no Linux/UNIX spot price for g6e.xlarge us-east-1f")), "the on-demand fallback is logged");
        assertTrue(values.get("ec2.ebs.volumes.unattached") > 0);
        assertTrue(values.get("ec2.ebs.snapshots.total") < testbed.data().region("us-east-1").snapshots().size(),
                "snapshots shared by another account are not the account's own");
    }

    @Test
    void instancesArePagedAtOneThousandAndVolumesAndSnapshotsAtTheirMaxima() throws InterruptedException {
        testbed.collectOnce("", AT);
        assertEquals(2, testbed.ec2.callCount("DescribeInstances"), "1,898 counted instances in pages of 1,000");
        assertEquals(3, testbed.ec2.callCount("DescribeVolumes"), "1,240 volumes in pages of 500");
        assertEquals(2, testbed.ec2.callCount("DescribeSnapshots"), "1,050 own snapshots in pages of 1,000");
        assertEquals(1, testbed.ec2.callCount("DescribeInstanceTypes"));
        assertEquals(1, testbed.ec2.callCount("DescribeSpotPriceHistory"));
        assertTrue(testbed.ec2.calls().size() <= 20, "at most 20 EC2 calls per region: " + testbed.ec2.calls());
    }

    @Test
    void smallPagesGiveTheSameValues() throws InterruptedException {
        testbed.ec2.pageCap(60);
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(List.of(), result.failures());
        assertMetricsMatch(ExpectedEc2Metrics.of(testbed.data(), "us-east-1", AT,
                ExpectedEc2Metrics.Options.defaults().withIdle()), pointsOf(result.points(), "us-east-1", AT),
                "us-east-1");
        assertEquals(32, testbed.ec2.callCount("DescribeInstances"), "1,898 counted instances in pages of 60");
        assertTrue(testbed.ec2.callCount("DescribeSpotPriceHistory") > 1, "spot prices paged too");
    }

    @Test
    void everyEc2AndCloudWatchCallIsCountedForTheRunsProgressAndSelfTelemetry() throws InterruptedException {
        testbed.collectOnce("idle.enabled = true", AT);
        String host = URI.create(testbed.ec2.baseUrl()).getHost();
        List<String> counted = testbed.lastContext.countedRequests();
        assertEquals(testbed.ec2.calls().size() + testbed.cloudWatch.queriesPerRequest().size(), counted.size(),
                counted.toString());
        assertTrue(testbed.cloudWatch.queriesPerRequest().size() > 0, "idle detection called CloudWatch");
        assertTrue(counted.stream().allMatch(request -> request.equals(host + " 200")), counted.toString());
    }

    @Test
    void idleDetectionBatchesFiveHundredInstancesPerGetMetricDataRequest() throws InterruptedException {
        testbed.collectOnce("idle.enabled = true", AT);
        long running = testbed.data().region("us-east-1").instances().stream()
                .filter(i -> i.state().equals("running")).count();
        List<Integer> batches = testbed.cloudWatch.queriesPerRequest();
        assertEquals((running + 499) / 500, batches.size(), batches.toString());
        assertTrue(batches.stream().allMatch(size -> size <= 500), batches.toString());
        assertEquals(running, batches.stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void priceOverridesAndTheRegionFactorChangeTheOnDemandPrices() throws InterruptedException {
        Map<String, Double> overrides = Map.of("g5.xlarge", 1.5, "mac2.metal", 0.65, "m5.large", 0.1);
        CollectResult result = testbed.collectOnce(BOTH_REGIONS
                + "on-demand-prices { \"g5.xlarge\" = 1.5, \"mac2.metal\" = 0.65, \"m5.large\" = 0.1 }\n"
                + "region-price-factor { \"eu-west-1\" = 1.12 }", AT);
        assertEquals(List.of(), result.failures());
        ExpectedEc2Metrics.Options east = new ExpectedEc2Metrics.Options(overrides, 1.0, false, 5, Duration.ofHours(1));
        ExpectedEc2Metrics.Options west = new ExpectedEc2Metrics.Options(overrides, 1.12, false, 5, Duration.ofHours(1));
        assertMetricsMatch(ExpectedEc2Metrics.of(testbed.data(), "us-east-1", AT, east),
                pointsOf(result.points(), "us-east-1", AT), "us-east-1");
        assertMetricsMatch(ExpectedEc2Metrics.of(testbed.data(), "eu-west-1", AT, west),
                pointsOf(result.points(), "eu-west-1", AT), "eu-west-1");
    }

    @Test
    void instanceTypesAreDescribedOnceForTheLifeOfTheCollector() throws InterruptedException {
        try (Collector collector = testbed.collector("")) {
            testbed.collect(collector, AT);
            testbed.collect(collector, AT.minusSeconds(3600));
        }
        assertEquals(1, testbed.ec2.callCount("DescribeInstanceTypes"));
        assertEquals(4, testbed.ec2.callCount("DescribeInstances"));
    }

    @Test
    void aRegionWithoutInstancesOmitsTheAveragesAndTheSavings() throws InterruptedException {
        CollectResult result = testbed.collectOnce("regions = [\"ap-south-1\"]\nidle.enabled = true", AT);
        Map<String, Double> values = pointsOf(result.points(), "ap-south-1", AT);
        assertEquals(ExpectedEc2Metrics.of(testbed.data(), "ap-south-1", AT,
                ExpectedEc2Metrics.Options.defaults().withIdle()), values);
        assertEquals(18, values.size(), values.keySet().toString());
        assertEquals(0, testbed.ec2.callCount("DescribeSpotPriceHistory"));
        assertEquals(0, testbed.cloudWatch.requestCount());
    }

    static void assertMetricsMatch(Map<String, Double> expected, Map<String, Double> actual, String region) {
        assertEquals(expected.keySet(), actual.keySet(), region + ": metric names");
        expected.forEach((name, value) -> assertEquals(value, actual.get(name),
                1e-9 * Math.max(1, Math.abs(value)), region + ": " + name));
    }

    static Map<String, Double> pointsOf(List<MetricPoint> points, String region, Instant at) {
        Map<String, Double> values = new TreeMap<>();
        for (MetricPoint point : points) {
            if (point.tags().equals(Tags.of("region", region))) {
                assertTrue(point instanceof Gauge, point.name() + " is a gauge");
                assertEquals(at, point.timestamp(), point.name() + " timestamp");
                assertEquals(null, values.put(point.name(), ((Gauge) point).value()), "one point per name");
            }
        }
        return values;
    }
}
