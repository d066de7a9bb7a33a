package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The EC2 collector's settings, validated eagerly from {@code yardstick.collectors.ec2}. Defaults live in the
 * plugin's {@code reference.conf}.
 *
 * @param regions the AWS regions collected, each tagged {@code region:<name>}
 * @param endpointOverride the EC2 endpoint replacing the regional one, if any
 * @param cloudwatchEndpointOverride the CloudWatch endpoint replacing the regional one, if any
 * @param credentials static credentials (tests and the demo); empty means the SDK's default chain
 * @param onDemandPrices USD per hour by instance type, overriding or extending the bundled table
 * @param regionPriceFactors multipliers of the on-demand prices by region (absent regions: 1.0)
 * @param idle idle detection
 */
public record Ec2Settings(List<String> regions, Optional<URI> endpointOverride,
        Optional<URI> cloudwatchEndpointOverride, Optional<StaticCredentials> credentials,
        Map<String, Double> onDemandPrices, Map<String, Double> regionPriceFactors, Idle idle) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");

    /** Validates the components and copies the collections. */
    public Ec2Settings {
        regions = List.copyOf(regions);
        requireNonNull(endpointOverride, "endpointOverride is null");
        requireNonNull(cloudwatchEndpointOverride, "cloudwatchEndpointOverride is null");
        requireNonNull(credentials, "credentials is null");
        onDemandPrices = Map.copyOf(onDemandPrices);
        regionPriceFactors = Map.copyOf(regionPriceFactors);
        requireNonNull(idle, "idle is null");
    }

    /**
     * Static credentials given in the configuration.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     */
    public record StaticCredentials(Secret accessKeyId, Secret secretAccessKey) {
        /** Validates the components. */
        public StaticCredentials {
            requireNonNull(accessKeyId, "accessKeyId is null");
            requireNonNull(secretAccessKey, "secretAccessKey is null");
        }
    }

    /**
     * Idle detection through CloudWatch.
     *
     * @param enabled whether {@code ec2.instances.idle} is collected
     * @param cpuPercent the mean CPU utilisation under which a running instance is idle
     * @param lookback the window before the evaluation instant the mean is taken over
     */
    public record Idle(boolean enabled, double cpuPercent, Duration lookback) {
        /** Validates the components. */
        public Idle {
            requireNonNull(lookback, "lookback is null");
        }
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    public static Ec2Settings from(CollectorConfig config) {
        return new Ec2Settings(regions(config), endpoint(config, "endpoint-override"),
                endpoint(config, "cloudwatch-endpoint-override"), credentials(config),
                numbersByName(config, "on-demand-prices", INSTANCE_TYPE, "an instance type such as \"m5.large\""),
                numbersByName(config, "region-price-factor", REGION, "a region such as \"eu-west-1\""),
                idle(config));
    }

    private static List<String> regions(CollectorConfig config) {
        List<String> regions = new ArrayList<>();
        for (String region : config.getStringList("regions")) {
            if (!REGION.matcher(region).matches()) {
                throw config.invalid("regions", "'" + region + "' is not an AWS region name such as us-east-1");
            }
            if (regions.contains(region)) {
                throw config.invalid("regions", "region '" + region + "' is listed twice");
            }
            regions.add(region);
        }
        if (regions.isEmpty()) {
            throw config.invalid("regions", "list at least one region, e.g. [\"us-east-1\"]");
        }
        return regions;
    }

    private static Optional<URI> endpoint(CollectorConfig config, String key) {
        if (!config.hasPath(key)) {
            return Optional.empty();
        }
        return Optional.of(config.getHttpUrl(key));
    }

    private static Optional<StaticCredentials> credentials(CollectorConfig config) {
        boolean id = config.hasPath("access-key-id");
        boolean secret = config.hasPath("secret-access-key");
        if (id != secret) {
            throw config.invalid(id ? "secret-access-key" : "access-key-id",
                    "set both access-key-id and secret-access-key, or neither to use the default credential chain");
        }
        if (!id) {
            return Optional.empty();
        }
        Secret accessKeyId = config.getSecret("access-key-id");
        Secret secretAccessKey = config.getSecret("secret-access-key");
        if (accessKeyId.isEmpty() || secretAccessKey.isEmpty()) {
            throw config.invalid(accessKeyId.isEmpty() ? "access-key-id" : "secret-access-key", "is empty");
        }
        return Optional.of(new StaticCredentials(accessKeyId, secretAccessKey));
    }

    /** Reads an object of positive numbers whose (quoted) keys match a pattern. */
    private static Map<String, Double> numbersByName(CollectorConfig config, String key, Pattern names,
            String expected) {
        CollectorConfig block = config.getConfig(key);
        Map<String, Double> values = new TreeMap<>();
        for (String name : block.keys()) {
            String path = key + ".\"" + name + "\"";
            if (!names.matcher(name).matches()) {
                throw config.invalid(path, "'" + name + "' is not " + expected + " (quote names containing dots)");
            }
            double value = config.getDouble(path);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw config.invalid(path, "must be a positive number");
            }
            values.put(name, value);
        }
        return values;
    }

    private static Idle idle(CollectorConfig config) {
        double cpuPercent = config.getDouble("idle.cpu-percent");
        if (!(cpuPercent > 0 && cpuPercent <= 100)) {
            throw config.invalid("idle.cpu-percent", "must be in (0, 100]");
        }
        Duration lookback = config.getDuration("idle.lookback");
        if (lookback.toSeconds() < 60 || lookback.toSeconds() % 60 != 0 || lookback.toNanos() % 1_000_000_000L != 0
                || lookback.compareTo(Duration.ofDays(1)) > 0) {
            throw config.invalid("idle.lookback", "must be a whole number of minutes from 1m to 1d");
        }
        return new Idle(config.getBoolean("idle.enabled"), cpuPercent, lookback);
    }
}
