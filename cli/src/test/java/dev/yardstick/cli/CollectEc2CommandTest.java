package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.sandbox.ec2.CloudWatchSimulator;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.Ec2Simulator;
import dev.yardstick.sandbox.ec2.InstanceData;
import dev.yardstick.sandbox.ec2.RegionFleet;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11's acceptance command, run through the real CLI against the simulated EC2 and CloudWatch. */
class CollectEc2CommandTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final Set<String> TWENTY = Set.of("ec2.instances.total", "ec2.instances.running",
            "ec2.instances.stopped", "ec2.instances.spot", "ec2.instances.ondemand", "ec2.instances.gpu_instances",
            "ec2.instances.gpu_count", "ec2.instances.cpu_count", "ec2.instances.avg_age_days",
            "ec2.instances.oldest_age_days", "ec2.ebs.volumes.total", "ec2.ebs.volumes.attached",
            "ec2.ebs.volumes.unattached", "ec2.ebs.volumes.size_gb", "ec2.ebs.snapshots.total",
            "ec2.ebs.snapshots.size_gb", "ec2.cost.running_hourly_estimate", "ec2.cost.monthly_estimate",
            "ec2.cost.spot_savings_pct", "ec2.cost.unpriced_instances");

    /** The command exactly as the issue writes it, credentials in the environment of a separate JVM. */
    @Test
    void theAcceptanceCommandPrintsTheTwentyMetrics(@TempDir Path work) throws Exception {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        try (Ec2Simulator ec2 = new Ec2Simulator(clock, Ec2DataSet.standard(), Optional.of("x"))) {
            ec2.start();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of("collect", "ec2", "--json", "--at", "2026-11-20T12:00:00Z",
                    "--set", "yardstick.collectors.ec2.endpoint-override=http://127.0.0.1:" + ec2.port(),
                    "--set", "yardstick.collectors.ec2.regions=[\"us-east-1\"]",
                    "--set", "yardstick.collectors.ec2.on-demand-prices={\"g5.xlarge\":1.006,\"m5.large\":0.096}"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".")).redirectOutput(
                    work.resolve("out.json").toFile()).redirectError(work.resolve("err.txt").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("AWS_"));
            env.put("AWS_ACCESS_KEY_ID", "x");
            env.put("AWS_SECRET_ACCESS_KEY", "y");
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            Process process = builder.start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the CLI finished");
            String out = Files.readString(work.resolve("out.json"), StandardCharsets.UTF_8);
            String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), err);
            Map<String, Double> values = values(out);
            assertEquals(TWENTY, values.keySet());
            assertCounts(ec2.dataSet().region("us-east-1"), values);
            assertFalse(err.contains("AWS_SECRET_ACCESS_KEY=y"), err);
        }
    }

    @Test
    void withIdleDetectionAndACloudWatchEndpointIdleIsPrintedToo() throws Exception {
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        Ec2DataSet data = Ec2DataSet.standard();
        try (Ec2Simulator ec2 = new Ec2Simulator(clock, data, Optional.of("AKIDCLITEST000000001"));
                CloudWatchSimulator cloudWatch = new CloudWatchSimulator(clock, data)) {
            ec2.start();
            cloudWatch.start();
            CliTest.Result result = CliTest.run("collect", "ec2", "--json", "--at", AT.toString(),
                    "--set", "yardstick.collectors.ec2.endpoint-override=" + ec2.baseUrl(),
                    "--set", "yardstick.collectors.ec2.cloudwatch-endpoint-override=" + cloudWatch.baseUrl(),
                    "--set", "yardstick.collectors.ec2.access-key-id=AKIDCLITEST000000001",
                    "--set", "yardstick.collectors.ec2.secret-access-key=cli-test-secret-key-42",
                    "--set", "yardstick.collectors.ec2.idle.enabled=true");
            assertEquals(0, result.exitCode(), result.err());
            Map<String, Double> values = values(result.out());
            assertEquals(21, values.size(), values.keySet().toString());
            long idle = data.region("us-east-1").instances().stream().filter(i -> i.state().equals("running"))
                    .filter(i -> mean(i) < 5).count();
            assertEquals(idle, values.get("ec2.instances.idle"));
            assertFalse(result.out().contains("cli-test-secret-key-42") || result.err().contains("cli-test-secret-key-42"));
        }
    }

    @Test
    void priceMapsAreFreeFormButOtherEc2KeysAreStillChecked() {
        CliTest.Result result = CliTest.run("config", "check",
                "--set", "yardstick.collectors.ec2.on-demand-prices={\"g5.xlarge\":1.006,\"m5.large\":0.096}",
                "--set", "yardstick.collectors.ec2.region-price-factor={\"eu-west-1\":1.12}",
                "--set", "yardstick.collectors.ec2.idle.lookbak=2h");
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("yardstick.collectors.ec2.idle.lookbak: unknown key (did you mean 'lookback'?)"),
                result.err());
        assertFalse(result.err().contains("on-demand-prices") || result.err().contains("region-price-factor"),
                result.err());
    }

    private static Map<String, Double> values(String json) throws Exception {
        Map<String, Double> values = new TreeMap<>();
        for (JsonNode point : new ObjectMapper().readTree(json)) {
            assertEquals("gauge", point.get("type").asText());
            assertEquals(AT.getEpochSecond(), point.get("timestamp").asLong());
            assertTrue(point.get("tags").toString().contains("\"region:us-east-1\""), point.toString());
            assertEquals(null, values.put(point.get("metric").asText(), point.get("value").asDouble()), "one each");
        }
        return values;
    }

    private static void assertCounts(RegionFleet fleet, Map<String, Double> values) {
        Set<String> counted = Set.of("pending", "running", "stopping", "stopped");
        assertEquals(fleet.instances().stream().filter(i -> counted.contains(i.state())).count(),
                values.get("ec2.instances.total"));
        assertEquals(fleet.instances().stream().filter(i -> i.state().equals("running")).count(),
                values.get("ec2.instances.running"));
        assertEquals(fleet.volumes().size(), values.get("ec2.ebs.volumes.total"));
        assertEquals(fleet.snapshots().stream().filter(s -> s.ownerId().equals(Ec2DataSet.ACCOUNT_ID)).count(),
                values.get("ec2.ebs.snapshots.total"));
        assertEquals(values.get("ec2.cost.running_hourly_estimate") * 730, values.get("ec2.cost.monthly_estimate"),
                1e-6);
    }

    private static double mean(InstanceData instance) {
        return instance.cpu().stream().filter(s -> !s.timestamp().isBefore(AT.minusSeconds(3600))
                && s.timestamp().isBefore(AT)).mapToDouble(InstanceData.CpuSample::percent).average()
                .orElse(Double.MAX_VALUE);
    }
}
