package dev.yardstick.runtime.secrets;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import java.util.Optional;

/**
 * Where AWS Secrets Manager is reached, from {@code yardstick.secrets.aws}.
 *
 * @param region the region; empty = the SDK's default region chain
 * @param endpoint an endpoint override such as {@code http://127.0.0.1:4566}; empty = the regional endpoint
 */
public record AwsSecretsSettings(Optional<String> region, Optional<String> endpoint) {
    private static final String PATH = "yardstick.secrets.aws.";

    /** Validates the components. */
    public AwsSecretsSettings {
        requireNonNull(region, "region is null");
        requireNonNull(endpoint, "endpoint is null");
    }

    /**
     * Reads the settings.
     *
     * @param config the full configuration
     * @return the settings
     */
    public static AwsSecretsSettings from(Config config) {
        return new AwsSecretsSettings(optional(config, PATH + "region"), optional(config, PATH + "endpoint"));
    }

    private static Optional<String> optional(Config config, String path) {
        return config.hasPath(path) ? Optional.of(config.getString(path)) : Optional.empty();
    }
}
