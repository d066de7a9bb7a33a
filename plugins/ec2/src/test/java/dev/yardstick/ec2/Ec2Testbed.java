package dev.yardstick.ec2;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.sandbox.ec2.CloudWatchSimulator;
import dev.yardstick.sandbox.ec2.Ec2DataSet;
import dev.yardstick.sandbox.ec2.Ec2Simulator;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulated EC2 and CloudWatch, and collectors configured against them with static test credentials. As a JUnit
 * extension ({@code @RegisterExtension static}) it resets both simulators before each test and closes them after
 * the class.
 */
final class Ec2Testbed implements AutoCloseable, BeforeEachCallback, AfterAllCallback {
    static final String ACCESS_KEY_ID = "AKIDTESTBED000000001";
    static final String SECRET_ACCESS_KEY = "testbed-secret-access-key-0123";
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    final FakeClock clock;
    final Ec2Simulator ec2;
    final CloudWatchSimulator cloudWatch;
    FakeCollectorContext lastContext;

    Ec2Testbed(Ec2DataSet data) {
        this.clock = FakeClock.at(data.reference());
        this.ec2 = new Ec2Simulator(clock, data, Optional.of(ACCESS_KEY_ID));
        this.ec2.start();
        this.cloudWatch = new CloudWatchSimulator(clock, data);
        this.cloudWatch.start();
    }

    static Ec2Testbed standard() {
        return new Ec2Testbed(Ec2DataSet.standard());
    }

    Ec2DataSet data() {
        return ec2.dataSet();
    }

    /** The settings pointing at the simulators, with static credentials given as secret references. */
    String baseSettings() {
        return "endpoint-override = \"" + ec2.baseUrl() + "\"\n"
                + "cloudwatch-endpoint-override = \"" + cloudWatch.baseUrl() + "\"\n"
                + "access-key-id = \"secret:env:AWS_KEY_ID\"\nsecret-access-key = \"secret:env:AWS_SECRET\"\n";
    }

    Collector collector(String extraSettings) {
        MapSecretResolver secrets = new MapSecretResolver(Map.of("secret:env:AWS_KEY_ID", ACCESS_KEY_ID,
                "secret:env:AWS_SECRET", SECRET_ACCESS_KEY));
        TestCollectorConfig config = TestCollectorConfig.of("ec2", baseSettings() + extraSettings,
                getClass().getClassLoader(), secrets);
        lastContext = FakeCollectorContext.builder().collectorId("ec2").clock(clock).secrets(secrets).build();
        return new Ec2CollectorFactory().create(config, lastContext);
    }

    CollectResult collect(Collector collector, Instant at) throws InterruptedException {
        return collector.collect(new CollectRequest(at, clock.instant().plus(TIMEOUT), Inputs.none()));
    }

    CollectResult collectOnce(String extraSettings, Instant at) throws InterruptedException {
        try (Collector collector = collector(extraSettings)) {
            return collect(collector, at);
        }
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        ec2.reset();
        cloudWatch.reset();
    }

    @Override
    public void afterAll(ExtensionContext testClass) {
        close();
    }

    @Override
    public void close() {
        cloudWatch.close();
        ec2.close();
    }
}
