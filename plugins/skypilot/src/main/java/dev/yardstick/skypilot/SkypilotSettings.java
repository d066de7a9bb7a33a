package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SkyPilot collector's settings, validated eagerly from {@code yardstick.collectors.skypilot}. Defaults live
 * in the plugin's {@code reference.conf}.
 *
 * @param apiUrl the API server root, without credentials
 * @param token the service-account token sent as {@code Authorization: Bearer}, if any
 * @param basicAuth {@code user:password} from the URL's user info, sent as HTTP basic auth, if any
 * @param requestDeadline the client deadline of each API server request
 * @param terminalWindow the window of the succeeded, failed and cancelled counts
 * @param gpuTypes the accelerator types with their own count, lower case
 * @param regions the regions with their own count, compared exactly
 * @param perJobMetrics whether the {@code skypilot.job.*} gauges are emitted
 * @param maxJobs the most jobs that get per-job gauges
 * @param gpuPrices USD per GPU-hour by accelerator type, lower case
 * @param spotDiscount the fraction of the price a spot job pays
 */
public record SkypilotSettings(URI apiUrl, Optional<Secret> token, Optional<Secret> basicAuth,
        Duration requestDeadline, Duration terminalWindow, List<String> gpuTypes, List<String> regions,
        boolean perJobMetrics, int maxJobs, Map<String, Double> gpuPrices, double spotDiscount) {

    /** Validates the components and copies the collections. */
    public SkypilotSettings {
        requireNonNull(apiUrl, "apiUrl is null");
        requireNonNull(token, "token is null");
        requireNonNull(basicAuth, "basicAuth is null");
        requireNonNull(requestDeadline, "requestDeadline is null");
        requireNonNull(terminalWindow, "terminalWindow is null");
        gpuTypes = List.copyOf(gpuTypes);
        regions = List.copyOf(regions);
        gpuPrices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gpuPrices));
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the collector's block, defaults merged in
     * @return the settings
     * @throws dev.yardstick.api.config.ConfigurationException naming the first invalid key
     */
    public static SkypilotSettings from(CollectorConfig config) {
        ApiUrl url = ApiUrl.parse(config);
        Optional<Secret> token = token(config);
        if (token.isPresent() && url.basicAuth().isPresent()) {
            throw config.invalid("token", "set either a token or user:password in api-url, not both "
                    + "(both would be sent as the Authorization header)");
        }
        return new SkypilotSettings(url.root(), token, url.basicAuth(), positive(config, "request-deadline"),
                positive(config, "terminal-window"), MetricNameParts.gpuTypes(config, "gpu-types"),
                MetricNameParts.regions(config, "regions"), config.getBoolean("per-job-metrics"),
                maxJobs(config), prices(config), spotDiscount(config));
    }

    private static Optional<Secret> token(CollectorConfig config) {
        if (!config.hasPath("token")) {
            return Optional.empty();
        }
        Secret token = config.getSecret("token");
        if (token.isEmpty()) {
            throw config.invalid("token", "the token is empty; remove the key for a server without a token");
        }
        return Optional.of(token);
    }

    private static Duration positive(CollectorConfig config, String key) {
        Duration value = config.getDuration(key);
        if (value.isNegative() || value.isZero()) {
            throw config.invalid(key, "must be positive, got " + value);
        }
        return value;
    }

    private static int maxJobs(CollectorConfig config) {
        int value = config.getInt("max-jobs");
        if (value < 1) {
            throw config.invalid("max-jobs", "must be at least 1, got " + value);
        }
        return value;
    }

    private static Map<String, Double> prices(CollectorConfig config) {
        CollectorConfig block = config.getConfig("gpu-prices");
        Map<String, Double> prices = new LinkedHashMap<>();
        for (String type : block.keys().stream().sorted().toList()) {
            if (!MetricNameParts.isGpuType(type)) {
                throw config.invalid("gpu-prices." + type, "the type must be lower case letters, digits, '_' or '-'");
            }
            double price = block.getDouble(type);
            if (!(price >= 0) || Double.isInfinite(price)) {
                throw config.invalid("gpu-prices." + type, "must be a price of 0 or more, got " + price);
            }
            prices.put(type, price);
        }
        return prices;
    }

    private static double spotDiscount(CollectorConfig config) {
        double value = config.getDouble("spot-discount");
        if (!(value > 0 && value <= 1)) {
            throw config.invalid("spot-discount", "must be a fraction in (0, 1], got " + value);
        }
        return value;
    }
}
