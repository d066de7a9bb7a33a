package dev.yardstick.runtime.sink.setup;

import com.typesafe.config.Config;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.sink.SinkEnablement;
import dev.yardstick.runtime.sink.SpoolSettings;
import dev.yardstick.runtime.sink.batch.BatchingSettings;
import dev.yardstick.runtime.sink.batch.Compression;
import dev.yardstick.runtime.sink.datadog.DatadogSinkSettings;
import dev.yardstick.runtime.sink.datadog.DatadogSites;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a datadog sink block. {@code site}, {@code api-url} and {@code api-key} come from the block when set
 * there, else from {@code yardstick.datadog}.
 */
final class DatadogSettingsReader {
    private final SinkBlock account;
    private final SecretResolver secrets;

    DatadogSettingsReader(Config yardstick, SecretResolver secrets) {
        this.account = new SinkBlock("yardstick.datadog", yardstick.getConfig("datadog"));
        this.secrets = secrets;
    }

    DatadogSinkSettings read(String name, SinkBlock block) {
        SinkEnablement enabled = block.enablement();
        if (enabled == SinkEnablement.AUTO) {
            throw new ConfigurationException(block.path("enabled"),
                    "auto is only for console and jsonl sinks; use true or false");
        }
        BatchingSettings batching = new BatchingSettings(block.bytes("max-compressed-bytes"),
                block.bytes("max-raw-bytes"), block.positiveInt("max-retries"), block.duration("backoff-initial"),
                block.duration("backoff-max"), block.duration("rate-limit-wait-cap"));
        URI baseUrl = enabled == SinkEnablement.TRUE ? baseUrl(block) : URI.create("http://disabled.invalid");
        return new DatadogSinkSettings(name, enabled, block.stringSet("environments"), baseUrl,
                enabled == SinkEnablement.TRUE ? apiKey(block) : Optional.empty(), compression(block),
                block.duration("connect-timeout"), block.duration("read-timeout"), batching,
                spool(name, block.child("spool").spool()));
    }

    /** Gives each datadog sink its own directory under {@code spool.path}, so two sinks never replay each other. */
    private static SpoolSettings spool(String name, SpoolSettings configured) {
        return new SpoolSettings(configured.path().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_")),
                configured.maxAge(), configured.maxBytes());
    }

    private URI baseUrl(SinkBlock block) {
        SinkBlock source = block.optionalString("api-url").isPresent() ? block : account;
        Optional<String> url = source.optionalString("api-url").filter(value -> !value.isBlank());
        if (url.isPresent()) {
            try {
                URI uri = new URI(url.get());
                if (!uri.isAbsolute() || uri.getHost() == null) {
                    throw new ConfigurationException(source.path("api-url"),
                            "not an absolute http(s) URL: " + url.get());
                }
                return uri;
            } catch (java.net.URISyntaxException e) {
                throw new ConfigurationException(source.path("api-url"),
                        "not a URL: " + e.getMessage());
            }
        }
        SinkBlock siteSource = block.optionalString("site").isPresent() ? block : account;
        return DatadogSites.baseUrl(siteSource.string("site"), siteSource.path("site"));
    }

    private Optional<Secret> apiKey(SinkBlock block) {
        SinkBlock source = block.optionalString("api-key").isPresent() ? block : account;
        Optional<String> reference = source.optionalString("api-key").filter(value -> !value.isBlank());
        return reference.map(secrets::resolve).filter(secret -> !secret.isEmpty());
    }

    private static Compression compression(SinkBlock block) {
        String value = block.string("compression");
        try {
            return Compression.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(block.path("compression"),
                    "must be gzip, deflate or none, got '" + value + "'");
        }
    }
}
