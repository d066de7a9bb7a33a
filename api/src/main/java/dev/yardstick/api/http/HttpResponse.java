package dev.yardstick.api.http;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP response as the host hands it to a collector, body fully read.
 *
 * @param status the status code; 200 when the answer came from the conditional-request cache
 * @param headers the response headers, names case-insensitive
 * @param body the body decoded as UTF-8, empty when there was none
 * @param notModified true when the upstream answered 304 and the body is the cached copy
 */
public record HttpResponse(int status, Map<String, List<String>> headers, String body, boolean notModified) {

    /** Validates the components and copies the headers into a case-insensitive map. */
    public HttpResponse {
        requireNonNull(body, "body is null");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Tells whether the status is 2xx.
     *
     * @return true for a successful response
     */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
