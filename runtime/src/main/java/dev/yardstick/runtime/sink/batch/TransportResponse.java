package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An endpoint's answer to one batch.
 *
 * @param status the HTTP status
 * @param headers the response headers, names case-insensitive
 * @param body the response body, empty when none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, String body) {

    /** Copies the headers into a case-insensitive map. */
    public TransportResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableSortedMap(copy);
        requireNonNull(body, "body is null");
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the name, in any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
