package dev.yardstick.dashboards.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where and how the tooling reaches Datadog's dashboards and monitors API. The CLI fills it from
 * {@code yardstick.datadog.api-url} (or {@code site}), {@code api-key} and {@code app-key} after the
 * runtime resolved the secret references.
 *
 * @param apiUrl the API base URL, e.g. {@code https://api.datadoghq.com}
 * @param apiKey the API key, when configured
 * @param appKey the application key, when configured
 */
public record DatadogApiSettings(String apiUrl, Optional<String> apiKey, Optional<String> appKey) {

    /** Validates the components. */
    public DatadogApiSettings {
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(appKey, "appKey");
        if (apiUrl.isBlank()) {
            throw new IllegalArgumentException("yardstick.datadog.api-url is blank");
        }
    }

    /** Whether both keys are present, so calls can be authenticated. */
    public boolean hasCredentials() {
        return apiKey.filter(k -> !k.isBlank()).isPresent() && appKey.filter(k -> !k.isBlank()).isPresent();
    }

    /** Never shows the keys, only whether they are set. */
    @Override
    public String toString() {
        return "DatadogApiSettings[apiUrl=" + apiUrl + ", apiKey=" + (apiKey.isPresent() ? "<redacted>" : "<unset>")
                + ", appKey=" + (appKey.isPresent() ? "<redacted>" : "<unset>") + "]";
    }
}
