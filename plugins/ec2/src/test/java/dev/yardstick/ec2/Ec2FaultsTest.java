package dev.yardstick.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Throttling retried by the SDK, and each failing call failing only the sections that need it. */
class Ec2FaultsTest {
    private static final Instant AT = Ec2DataSet.DEFAULT_REFERENCE;
    private static final String REGION = "us-east-1";
    private static final Set<String> INSTANCES = Set.of("ec2.instances.total", "ec2.instances.running",
            "ec2.instances.stopped", "ec2.instances.spot", "ec2.instances.ondemand", "ec2.instances.gpu_instances",
            "ec2.instances.gpu_count", "ec2.instances.cpu_count", "ec2.instances.avg_age_days",
            "ec2.instances.oldest_age_days");
    private static final Set<String> COST = Set.of("ec2.cost.running_hourly_estimate", "ec2.cost.monthly_estimate",
            "ec2.cost.spot_savings_pct", "ec2.cost.unpriced_instances");
    @RegisterExtension
    static final Ec2Testbed testbed = Ec2Testbed.standard();

    @Test
    void requestLimitExceededTwiceIsRetriedByTheSdkAndChangesNothing() throws InterruptedException {
        testbed.ec2.throttle("DescribeInstances", 2);
        CollectResult result = testbed.collectOnce("", AT);
        assertEquals(List.of(), result.failures());
        assertEquals(2, testbed.ec2.calls().stream().filter(call -> call.status() == 503).count());
        assertEquals(4, testbed.ec2.callCount("DescribeInstances"), "2 throttled + 2 pages");
        List<String> counted = testbed.lastContext.countedRequests();
        assertEquals(testbed.ec2.calls().size(), counted.size(), "every attempt counted, retries included");
        assertEquals(2, counted.stream().filter(request -> request.endsWith(" 503")).count(), counted.toString());
        Ec2CollectorSimulatorTest.assertMetricsMatch(
                ExpectedEc2Metrics.of(testbed.data(), REGION, AT, ExpectedEc2Metrics.Options.defaults()),
                Ec2CollectorSimulatorTest.pointsOf(result.points(), REGION, AT), REGION);
    }

    @Test
    void everyDescribeInstancesCallIsFilteredByStateEvenWhenRetried() throws InterruptedException {
        testbed.ec2.throttle("DescribeInstances", 2);
        testbed.collectOnce("", AT);
        List<String> bodies = testbed.ec2.requests().stream()
                .map(request -> new String(request.body(), StandardCharsets.UTF_8))
                .filter(body -> body.contains("Action=DescribeInstances")).toList();
        assertEquals(4, bodies.size(), "2 throttled + 2 pages");
        assertTrue(bodies.stream().allMatch(body -> body.contains("Filter.1.Name=instance-state-name")),
                "fault matrix R20: an unfiltered DescribeInstances is never sent: " + bodies);
    }

    @Test
    void cloudWatchThrottlingIsRetriedToo() throws InterruptedException {
        testbed.cloudWatch.throttle(1);
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(List.of(), result.failures());
        assertEquals(ExpectedEc2Metrics.of(testbed.data(), REGION, AT,
                ExpectedEc2Metrics.Options.defaults().withIdle()).get("ec2.instances.idle"),
                Ec2CollectorSimulatorTest.pointsOf(result.points(), REGION, AT).get("ec2.instances.idle"));
    }

    @Test
    void throttlingBeyondTheRetriesFailsOnlyThatSectionAsRateLimited() throws InterruptedException {
        testbed.ec2.throttle("DescribeVolumes", 3);
        CollectResult result = testbed.collectOnce("", AT);
        assertEquals(Map.of("volumes", FailureKind.RATE_LIMITED), kinds(result));
        assertEquals(3, testbed.ec2.callCount("DescribeVolumes"), "the standard strategy makes 3 attempts");
        assertFalse(names(result).stream().anyMatch(name -> name.startsWith("ec2.ebs.volumes")));
        assertTrue(names(result).containsAll(INSTANCES) && names(result).containsAll(COST));
        assertTrue(names(result).contains("ec2.ebs.snapshots.total"));
    }

    @Test
    void aForbiddenSnapshotListingFailsOnlySnapshots() throws InterruptedException {
        testbed.ec2.fail("DescribeSnapshots", 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(Map.of("snapshots", FailureKind.AUTH), kinds(result));
        assertTrue(result.failures().get(0).message().startsWith("us-east-1: DescribeSnapshots"),
                result.failures().toString());
        assertEquals(Set.of(), Set.copyOf(names(result)).stream().filter(n -> n.startsWith("ec2.ebs.snapshots"))
                .collect(Collectors.toSet()));
        assertEquals(19, names(result).size(), names(result).toString());
    }

    @Test
    void aFailingInstanceListingFailsInstancesCostAndIdleButNotStorage() throws InterruptedException {
        testbed.ec2.fail("DescribeInstances", 400, "InvalidParameterValue", "simulated bad request");
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(Map.of("instances", FailureKind.BAD_RESPONSE, "cost", FailureKind.BAD_RESPONSE,
                "idle", FailureKind.BAD_RESPONSE), kinds(result));
        assertEquals(1, testbed.ec2.callCount("DescribeInstances"), "listed once for all three sections");
        assertEquals(Set.of("ec2.ebs.volumes.total", "ec2.ebs.volumes.attached", "ec2.ebs.volumes.unattached",
                "ec2.ebs.volumes.size_gb", "ec2.ebs.snapshots.total", "ec2.ebs.snapshots.size_gb"),
                Set.copyOf(names(result)));
    }

    @Test
    void failingTypeDescriptionsFailInstancesOnlyAndFailingSpotPricesFailCostOnly() throws InterruptedException {
        testbed.ec2.fail("DescribeInstanceTypes", 500, "InternalError", "An internal error has occurred");
        testbed.ec2.fail("DescribeInstanceTypes", 500, "InternalError", "An internal error has occurred");
        testbed.ec2.fail("DescribeInstanceTypes", 500, "InternalError", "An internal error has occurred");
        testbed.ec2.fail("DescribeSpotPriceHistory", 403, "UnauthorizedOperation", "not authorized");
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(Map.of("instances", FailureKind.UPSTREAM_UNAVAILABLE, "cost", FailureKind.AUTH), kinds(result));
        assertEquals(7, names(result).size(), names(result).toString());
        assertTrue(names(result).contains("ec2.instances.idle"));
    }

    @Test
    void aCloudWatchFailureFailsIdleOnly() throws InterruptedException {
        testbed.cloudWatch.throttle(3);
        CollectResult result = testbed.collectOnce("idle.enabled = true", AT);
        assertEquals(Map.of("idle", FailureKind.RATE_LIMITED), kinds(result));
        assertEquals(20, names(result).size());
    }

    @Test
    void unknownCredentialsFailEverySectionAsAuth() throws InterruptedException {
        try (Ec2Testbed strict = new Ec2Testbed(Ec2DataSet.standard())) {
            CollectResult result = strict.collectOnce("access-key-id = \"secret:env:AWS_SECRET\"\n", AT);
            assertEquals(Map.of("instances", FailureKind.AUTH, "volumes", FailureKind.AUTH, "snapshots",
                    FailureKind.AUTH, "cost", FailureKind.AUTH), kinds(result));
            assertEquals(List.of(), result.points());
            assertFalse(result.toString().contains(Ec2Testbed.SECRET_ACCESS_KEY));
        }
    }

    @Test
    void aHungUpstreamEndsAtTheDeadlineAsTimeout() throws InterruptedException {
        testbed.ec2.faults().hang(1);
        try (Collector collector = testbed.collector("")) {
            CollectResult result = collector.collect(new CollectRequest(AT,
                    testbed.clock.instant().plus(Duration.ofSeconds(2)), Inputs.none()));
            assertEquals(FailureKind.TIMEOUT, kinds(result).get("instances"), result.failures().toString());
        }
    }

    private static Map<String, FailureKind> kinds(CollectResult result) {
        Map<String, FailureKind> kinds = new TreeMap<>();
        for (CollectFailure failure : result.failures()) {
            kinds.put(failure.section(), failure.kind());
        }
        return kinds;
    }

    private static List<String> names(CollectResult result) {
        return result.points().stream().map(MetricPoint::name).toList();
    }
}
