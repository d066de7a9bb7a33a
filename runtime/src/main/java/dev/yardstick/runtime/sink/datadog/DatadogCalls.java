package dev.yardstick.runtime.sink.datadog;

import com.datadog.api.client.ApiException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.runtime.sink.batch.TransportResponse;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Runs one datadog-api-client call and turns its outcome into a {@link TransportResponse} or an I/O error. */
final class DatadogCalls {

    /** A client call that throws the client's exception. */
    @FunctionalInterface
    interface Call {
        int run() throws ApiException;
    }

    private DatadogCalls() {
    }

    /**
     * Runs a call. HTTP answers (any status) become responses whose body has the API key masked; failures
     * without an answer (connection refused, timeouts) become {@link IOException}s.
     */
    static TransportResponse run(Call call, Secret apiKey) throws IOException {
        try {
            return new TransportResponse(call.run(), Map.of(), "");
        } catch (ApiException e) {
            if (e.getCode() <= 0) {
                throw new IOException(redact(String.valueOf(e.getMessage()), apiKey), e.getCause());
            }
            Map<String, List<String>> headers = e.getResponseHeaders() == null ? Map.of() : e.getResponseHeaders();
            String body = e.getResponseBody() == null ? "" : e.getResponseBody();
            return new TransportResponse(e.getCode(), headers, redact(body, apiKey));
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(redact(cause.toString(), apiKey));
        }
    }

    static String redact(String text, Secret apiKey) {
        String key = apiKey.reveal();
        return key.isEmpty() ? text : text.replace(key, Secret.REDACTED);
    }
}
