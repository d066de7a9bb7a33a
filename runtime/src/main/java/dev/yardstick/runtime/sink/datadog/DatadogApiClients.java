package dev.yardstick.runtime.sink.datadog;

import com.datadog.api.client.ApiClient;
import dev.yardstick.api.config.Secret;
import java.util.Map;

/** Builds the datadog-api-client {@link ApiClient} the sink uses, never the process-wide default one. */
final class DatadogApiClients {

    private DatadogApiClients() {
    }

    /**
     * Configures a client: base URL from settings (so {@code api-url} and every site work the same way), finite
     * timeouts (the client's defaults are infinite), the client's own retry off (the batching sender retries
     * within the deadline), request debugging never enabled (it would log the API key).
     */
    static ApiClient create(DatadogSinkSettings settings, Secret apiKey) {
        ApiClient client = new ApiClient();
        client.setBasePath(stripTrailingSlash(settings.baseUrl().toString()));
        client.enableRetry(false);
        client.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        client.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
        client.configureApiKeys(Map.of("apiKeyAuth", apiKey.reveal()));
        client.setUserAgent("yardstick");
        return client;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
