package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Collects the EC2 metrics of every configured region. The SDK clients are built on first use and kept, with
 * the instance-type descriptions, for the collector's (the process's) life.
 */
final class Ec2Collector implements Collector {
    /** The least time left for a call; below it the call fails as a time-out at once. */
    private static final Duration MINIMUM_CALL_TIME = Duration.ofMillis(1);

    private final Ec2Settings settings;
    private final PriceTable prices;
    private final CollectorContext context;
    private final Map<String, Map<String, TypeSpec>> typeCaches = new ConcurrentHashMap<>();
    private final Map<String, Ec2Client> ec2Clients = new HashMap<>();
    private final Map<String, CloudWatchClient> cloudWatchClients = new HashMap<>();
    private SdkHttpClient http;
    private AwsCredentialsProvider credentials;
    private boolean closed;

    Ec2Collector(Ec2Settings settings, PriceTable bundled, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.prices = bundled.with(settings.onDemandPrices());
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        Supplier<Duration> remaining = () -> {
            Duration left = Duration.between(context.clock().instant(), request.deadline());
            return left.compareTo(MINIMUM_CALL_TIME) < 0 ? MINIMUM_CALL_TIME : left;
        };
        CollectResult.Builder out = CollectResult.builder();
        for (String region : settings.regions()) {
            RegionApis apis = new RegionApis(region, new Ec2RegionClient(ec2(region), remaining),
                    new CpuUtilizationClient(cloudWatch(region), remaining));
            Map<String, TypeSpec> cache = typeCaches.computeIfAbsent(region, r -> new ConcurrentHashMap<>());
            new RegionCollection(apis, settings, prices, cache, context.logger(), request.at()).collectInto(out);
        }
        return out.build();
    }

    private synchronized Ec2Client ec2(String region) {
        return ec2Clients.computeIfAbsent(region, r -> AwsClients.ec2(r, settings.endpointOverride(), http(),
                credentials()));
    }

    /** The CloudWatch client, built only when idle detection asks for it. */
    private Supplier<CloudWatchClient> cloudWatch(String region) {
        return () -> {
            synchronized (this) {
                return cloudWatchClients.computeIfAbsent(region, r -> AwsClients.cloudWatch(r,
                        settings.cloudwatchEndpointOverride(), http(), credentials()));
            }
        };
    }

    private synchronized SdkHttpClient http() {
        if (closed) {
            throw new IllegalStateException("the EC2 collector is closed");
        }
        if (http == null) {
            http = new CountingHttpClient(AwsClients.httpClient(), context);
        }
        return http;
    }

    private synchronized AwsCredentialsProvider credentials() {
        if (credentials == null) {
            credentials = AwsClients.credentials(settings);
        }
        return credentials;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> resources = new ArrayList<>(ec2Clients.values());
        resources.addAll(cloudWatchClients.values());
        if (credentials instanceof SdkAutoCloseable closeable) {
            resources.add(closeable);
        }
        if (http != null) {
            resources.add(http);
        }
        ec2Clients.clear();
        cloudWatchClients.clear();
        typeCaches.clear();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                context.logger().log(System.Logger.Level.DEBUG, "closing an AWS client failed", e);
            }
        }
    }
}
