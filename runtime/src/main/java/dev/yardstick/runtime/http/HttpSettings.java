package dev.yardstick.runtime.http;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.yardstick.api.config.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP policy for collectors ({@code yardstick.http}).
 *
 * @param connectTimeout TCP connect timeout
 * @param readTimeout read timeout
 * @param maxRequestsPerHost requests in flight to one host at a time
 * @param maxAttempts attempts of a retryable request, the first one included
 * @param backoffInitial base of the jittered exponential backoff
 * @param backoffMax longest backoff wait
 * @param rateLimitWaitCap longest wait honoured from {@code Retry-After} or {@code x-ratelimit-reset}
 * @param cacheEnabled whether cacheable GETs use the conditional-request (ETag) cache
 * @param cachePath where the cache is kept between processes; empty = in memory only
 * @param cacheMaxEntries bound on the number of cached responses
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxRequestsPerHost, int maxAttempts,
        Duration backoffInitial, Duration backoffMax, Duration rateLimitWaitCap, boolean cacheEnabled,
        Optional<Path> cachePath, int cacheMaxEntries) {

    private static final String PREFIX = "yardstick.http.";

    /** Validates the components. */
    public HttpSettings {
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
        requireNonNull(backoffInitial, "backoffInitial is null");
        requireNonNull(backoffMax, "backoffMax is null");
        requireNonNull(rateLimitWaitCap, "rateLimitWaitCap is null");
        requireNonNull(cachePath, "cachePath is null");
        if (maxRequestsPerHost < 1 || maxAttempts < 1 || cacheMaxEntries < 0) {
            throw new IllegalArgumentException(
                    "max-requests-per-host and max-attempts must be at least 1, cache max-entries at least 0");
        }
    }

    /**
     * Reads the settings.
     *
     * @param http the resolved {@code yardstick.http} subtree
     * @return the settings
     * @throws ConfigurationException naming the path of an invalid setting
     */
    public static HttpSettings from(Config http) {
        return new HttpSettings(duration(http, "connect-timeout"), duration(http, "read-timeout"),
                atLeast(http, "max-requests-per-host", 1), atLeast(http, "max-attempts", 1),
                duration(http, "backoff-initial"), duration(http, "backoff-max"),
                duration(http, "rate-limit-wait-cap"), read(http, "cache.enabled", http::getBoolean),
                http.hasPath("cache.path") ? Optional.of(Path.of(read(http, "cache.path", http::getString)))
                        : Optional.empty(),
                atLeast(http, "cache.max-entries", 0));
    }

    private static Duration duration(Config http, String key) {
        Duration value = read(http, key, http::getDuration);
        if (value.isNegative()) {
            throw new ConfigurationException(PREFIX + key, "must not be negative, got " + value);
        }
        return value;
    }

    private static int atLeast(Config http, String key, int min) {
        int value = read(http, key, http::getInt);
        if (value < min) {
            throw new ConfigurationException(PREFIX + key, "must be at least " + min + ", got "
                    + value);
        }
        return value;
    }

    private static <T> T read(Config http, String key, Function<String, T> getter) {
        try {
            return getter.apply(key);
        } catch (ConfigException e) {
            throw new ConfigurationException(PREFIX + key, e.getMessage());
        }
    }
}
