package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.ApiException;
import com.datadog.api.client.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.GenericType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw-JSON calls to Datadog's dashboards and monitors API through datadog-api-client's {@link ApiClient}
 * (its authentication, base-path override, timeouts and 429/5xx retry). Bodies go out exactly as
 * compiled: no typed model re-serializes them.
 */
public final class DatadogApi {
    private static final String[] JSON = {"application/json"};
    private static final String[] AUTH = {"apiKeyAuth", "appKeyAuth"};
    private static final GenericType<JsonNode> JSON_NODE = new GenericType<>() { };

    private final ApiClient client;

    /**
     * Creates a client.
     *
     * @param settings URL and keys; the keys must be present
     * @param retry the retry policy
     * @param timeoutMillis connect and read timeout
     */
    public DatadogApi(DatadogApiSettings settings, RetryPolicy retry, int timeoutMillis) {
        requireNonNull(settings, "settings");
        if (!settings.hasCredentials()) {
            throw new IllegalStateException("Datadog API and application keys are required: set yardstick.datadog.api-key"
                    + " and yardstick.datadog.app-key (secret references such as secret:env:DD_API_KEY)");
        }
        client = new ApiClient();
        client.setBasePath(stripSlash(settings.apiUrl()));
        Map<String, String> keys = new HashMap<>();
        keys.put("apiKeyAuth", settings.apiKey().orElseThrow());
        keys.put("appKeyAuth", settings.appKey().orElseThrow());
        client.configureApiKeys(keys);
        client.setRetry(requireNonNull(retry, "retry"));
        client.setConnectTimeout(timeoutMillis);
        client.setReadTimeout(timeoutMillis);
    }

    /** GET with optional query parameters. */
    public JsonNode get(String operation, String path, Map<String, String> query) {
        return call("GET", operation, path, query, null);
    }

    /** POST a JSON body. */
    public JsonNode post(String operation, String path, JsonNode body) {
        return call("POST", operation, path, Map.of(), body);
    }

    /** PUT a JSON body. */
    public JsonNode put(String operation, String path, JsonNode body) {
        return call("PUT", operation, path, Map.of(), body);
    }

    /** DELETE. */
    public JsonNode delete(String operation, String path) {
        return call("DELETE", operation, path, Map.of(), null);
    }

    private JsonNode call(String method, String operation, String path, Map<String, String> query, JsonNode body) {
        List<Pair> params = new ArrayList<>();
        new LinkedHashMap<>(query).forEach((k, v) -> params.add(new Pair(k, v)));
        Map<String, String> headers = new HashMap<>();
        try {
            Invocation.Builder builder = client.createBuilder(operation, path, params, headers, new HashMap<>(), JSON, AUTH);
            return client.invokeAPI(method, builder, headers, JSON, body, new HashMap<>(), false, JSON_NODE).getData();
        } catch (ApiException e) {
            throw new DatadogApiException(method + " " + path, e.getCode(), e.getResponseBody());
        } catch (RuntimeException e) {
            throw new DatadogApiException(method + " " + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", 0, "");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
