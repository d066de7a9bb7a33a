package dev.yardstick.ec2;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code ec2} collector type: EC2 instance, EBS and cost metrics per AWS region, read through the AWS SDK
 * v2 (and CloudWatch for idle detection). Settings under {@code yardstick.collectors.ec2}; see
 * {@code docs/collectors/ec2.md}.
 */
public final class Ec2CollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "ec2";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public Ec2CollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return Ec2Metrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("access-key-id", "secret-access-key");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new Ec2Collector(Ec2Settings.from(config), PriceTable.bundled(), context);
    }
}
