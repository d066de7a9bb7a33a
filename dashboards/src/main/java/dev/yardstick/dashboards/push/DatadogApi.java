package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.ApiException;
import com.datadog.api.client.Pair;
import com.datadog.api.client.RetryConfig;
import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.retry.RetryAfter;
import dev.yardstick.retry.RetryPolicy;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.GenericType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw-JSON calls to Datadog's dashboards and monitors API through datadog-api-client's {@link ApiClient} (its
 * authentication, base-path override and timeouts). Bodies go out exactly as compiled: no typed model
 * re-serializes them.
 *
 * <p>Retries are Yardstick's, not the client's: 408, 429 and 5xx answers, and I/O errors of GET, PUT and DELETE
 * (a POST that may have arrived is not repeated), are retried under the shared {@link RetryPolicy}, waiting what
 * {@code Retry-After} or Datadog's {@code X-RateLimit-Reset} (seconds until the reset) ask for, else the jittered
 * backoff, and never past the deadline {@link ApiRetry#budget()} after this client was created.
 */
public final class DatadogApi {
    private static final String[] JSON = {"application/json"};
    private static final String[] AUTH = {"apiKeyAuth", "appKeyAuth"};
    private static final GenericType<JsonNode> JSON_NODE = new GenericType<>() { };
    private static final System.Logger LOG = System.getLogger(DatadogApi.class.getName());

    private final ApiClient client;
    private final ApiRetry retry;
    private final Instant deadline;

    /**
     * Creates a client.
     *
     * @param settings URL and keys; the keys must be present
     * @param retry the retry policy, clock, sleeper and budget; the deadline is the budget from now
     * @param timeoutMillis connect and read timeout
     */
    public DatadogApi(DatadogApiSettings settings, ApiRetry retry, int timeoutMillis) {
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
        this.retry = requireNonNull(retry, "retry");
        this.deadline = retry.clock().instant().plus(retry.budget());
        client.setRetry(new RetryConfig(false, 2, 2, 0));
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
        String call = method + " " + path;
        for (int attempt = 1; ; attempt++) {
            if (!retry.clock().instant().isBefore(deadline)) {
                throw new DatadogApiException(call + " (deadline reached before attempt " + attempt + ")", 0, "");
            }
            int status;
            Optional<Duration> requested;
            DatadogApiException failure;
            try {
                return once(method, operation, path, query, body);
            } catch (ApiException e) {
                status = e.getCode();
                requested = requestedWait(status, e.getResponseHeaders());
                failure = new DatadogApiException(call, status, e.getResponseBody());
            } catch (RuntimeException e) {
                status = 0;
                requested = Optional.empty();
                failure = new DatadogApiException(call + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + ")", 0, "");
            }
            if (!retryable(method, status)) {
                throw failure;
            }
            RetryPolicy.Decision decision = retry.policy().next(attempt, requested, retry.clock().instant(), deadline);
            if (decision instanceof RetryPolicy.Stop stop) {
                LOG.log(System.Logger.Level.INFO, "{0}: {1}", call, stop.reason());
                throw failure;
            }
            Duration wait = ((RetryPolicy.Retry) decision).delay();
            LOG.log(System.Logger.Level.INFO, "{0}: HTTP {1}; retry {2} in {3} ms", call, status, attempt,
                    wait.toMillis());
            sleep(wait, failure);
        }
    }

    private JsonNode once(String method, String operation, String path, Map<String, String> query, JsonNode body)
            throws ApiException {
        List<Pair> params = new ArrayList<>();
        new LinkedHashMap<>(query).forEach((k, v) -> params.add(new Pair(k, v)));
        Map<String, String> headers = new HashMap<>();
        Invocation.Builder builder = client.createBuilder(operation, path, params, headers, new HashMap<>(), JSON, AUTH);
        return client.invokeAPI(method, builder, headers, JSON, body, new HashMap<>(), false, JSON_NODE).getData();
    }

    /** 408, 429 and 5xx for every method; no answer at all only where repeating cannot duplicate an object. */
    private static boolean retryable(String method, int status) {
        if (status == 0) {
            return !"POST".equals(method);
        }
        return status == 408 || status == 429 || status >= 500;
    }

    /** {@code Retry-After}, else on a 429 Datadog's {@code X-RateLimit-Reset}: seconds until the limit resets. */
    private Optional<Duration> requestedWait(int status, Map<String, List<String>> headers) {
        Optional<Duration> retryAfter = header(headers, "Retry-After")
                .flatMap(value -> RetryAfter.parse(value, retry.clock().instant()));
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        return header(headers, "X-RateLimit-Reset").flatMap(RetryAfter::deltaSeconds);
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    private void sleep(Duration wait, DatadogApiException failure) {
        try {
            retry.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
