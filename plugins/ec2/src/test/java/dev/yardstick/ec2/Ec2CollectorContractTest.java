package dev.yardstick.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.sandbox.ec2.CloudWatchSimulator;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.Ec2Simulator;
import dev.yardstick.testkit.CollectorContractTest;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.PluginArchitecture;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The testkit contract, run against the simulated EC2 and CloudWatch, which accept only the contract's canary as
 * access key id (the canary is also the secret access key, so a leak of either shows).
 */
class Ec2CollectorContractTest extends CollectorContractTest {
    private static final FakeClock CLOCK = FakeClock.at(Ec2DataSet.DEFAULT_REFERENCE);
    private static Ec2Simulator ec2;
    private static CloudWatchSimulator cloudWatch;

    @BeforeAll
    static void start() {
        Ec2DataSet data = Ec2DataSet.standard();
        ec2 = new Ec2Simulator(CLOCK, data, Optional.of(CANARY_SECRET));
        ec2.start();
        cloudWatch = new CloudWatchSimulator(CLOCK, data);
        cloudWatch.start();
    }

    @AfterAll
    static void stop() {
        cloudWatch.close();
        ec2.close();
    }

    @Override
    protected CollectorFactory factory() {
        return new Ec2CollectorFactory();
    }

    @Override
    protected String testSettings() {
        return "regions = [\"eu-west-1\"]\nendpoint-override = \"" + ec2.baseUrl()
                + "\"\ncloudwatch-endpoint-override = \"" + cloudWatch.baseUrl() + "\"\nidle.enabled = true";
    }

    @Override
    protected FakeCollectorContext context(SecretResolver secrets) {
        return FakeCollectorContext.builder().collectorId("ec2").clock(CLOCK).secrets(secrets).build();
    }

    @Test
    void collectsEveryMetricOfTheRegionWithTheCanaryCredentials() throws InterruptedException {
        var result = collectOnce();
        assertEquals(List.of(), result.failures());
        assertEquals(21, result.points().size(), result.points().toString());
    }

    @Test
    void declaresTwentyOneMetricsAndTheStaticCredentialsAsSecrets() {
        assertEquals(21, factory().metrics().size());
        assertEquals(Set.of("access-key-id", "secret-access-key"), factory().secretKeys());
        assertEquals("ec2", factory().type());
    }

    @Test
    void pluginCodeSeesTheHostOnlyThroughTheApi() {
        PluginArchitecture.checkPluginDependsOnlyOnApi("dev.yardstick.ec2");
    }
}
