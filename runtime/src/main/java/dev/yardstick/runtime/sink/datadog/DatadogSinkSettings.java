package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.Secret;
import dev.yardstick.runtime.sink.SinkEnablement;
import dev.yardstick.runtime.sink.SpoolSettings;
import dev.yardstick.runtime.sink.batch.BatchingSettings;
import dev.yardstick.runtime.sink.batch.Compression;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of a {@code datadog} sink: its {@code yardstick.sinks.<name>} block plus the account settings of
 * {@code yardstick.datadog} (site, api-url, api-key), which the block may override.
 *
 * @param name the sink's key under {@code yardstick.sinks}
 * @param enabled whether it is enabled ({@code auto} is not allowed for this type)
 * @param environments environments whose data it accepts; empty = all
 * @param baseUrl the API base URL, {@code api-url} or {@code https://api.<site>}
 * @param apiKey the resolved API key; empty = the sink is inactive
 * @param compression the request body compression
 * @param connectTimeout TCP connect timeout per request
 * @param readTimeout read timeout per request
 * @param batching batch sizes and retry policy
 * @param spool where undelivered batches wait for the next run
 */
public record DatadogSinkSettings(String name, SinkEnablement enabled, Set<String> environments, URI baseUrl,
        Optional<Secret> apiKey, Compression compression, Duration connectTimeout, Duration readTimeout,
        BatchingSettings batching, SpoolSettings spool) {

    /** Validates the components and copies the set. */
    public DatadogSinkSettings {
        requireNonNull(name, "name is null");
        requireNonNull(enabled, "enabled is null");
        environments = Set.copyOf(environments);
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(compression, "compression is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(readTimeout, "readTimeout is null");
        requireNonNull(batching, "batching is null");
        requireNonNull(spool, "spool is null");
    }

    /**
     * Tells whether the sink sends: enabled and an API key configured.
     *
     * @return true when active
     */
    public boolean active() {
        return enabled == SinkEnablement.TRUE && apiKey.isPresent();
    }
}
