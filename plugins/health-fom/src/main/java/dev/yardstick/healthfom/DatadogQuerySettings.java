package dev.yardstick.healthfom;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.time.Duration;

/**
 * Where and how the {@code inputs = datadog} mode reads inputs back: Datadog's v1 metrics query API.
 *
 * @param baseUrl the API root, {@code https://api.<site>} unless {@code api-url} overrides it
 * @param apiKey the API key
 * @param appKey the application key
 * @param lookback how far back the last non-null point is looked for
 * @param connectTimeout the connect timeout per request
 * @param readTimeout the read timeout per request
 */
record DatadogQuerySettings(URI baseUrl, Secret apiKey, Secret appKey, Duration lookback, Duration connectTimeout,
        Duration readTimeout) {

    DatadogQuerySettings {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(appKey, "appKey is null");
        requireNonNull(lookback, "lookback is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
    }

    /**
     * Reads and validates the {@code datadog} block.
     *
     * @param block the collector's {@code datadog} block
     * @return the settings
     */
    static DatadogQuerySettings from(CollectorConfig block) {
        return new DatadogQuerySettings(baseUrl(block), key(block, "api-key"), key(block, "app-key"),
                positive(block, "lookback"), positive(block, "connect-timeout"), positive(block, "read-timeout"));
    }

    private static URI baseUrl(CollectorConfig block) {
        if (block.hasPath("api-url")) {
            return block.getHttpUrl("api-url");
        }
        try {
            URI site = URI.create("https://api." + block.getString("site"));
            if (site.getHost() != null) {
                return site;
            }
        } catch (IllegalArgumentException bad) {
            // reported below
        }
        throw block.invalid("site", "is not a Datadog site such as datadoghq.com");
    }

    private static Secret key(CollectorConfig block, String key) {
        if (!block.hasPath(key)) {
            throw block.invalid(key, "inputs = datadog needs " + key + " (it defaults to yardstick.datadog." + key + ")");
        }
        Secret secret = block.getSecret(key);
        if (secret.isEmpty()) {
            throw block.invalid(key, "is empty");
        }
        return secret;
    }

    private static Duration positive(CollectorConfig block, String key) {
        Duration value = block.getDuration(key);
        if (value.isNegative() || value.isZero()) {
            throw block.invalid(key, "must be positive");
        }
        return value;
    }
}
