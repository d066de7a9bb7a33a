package dev.yardstick.api.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a collector asks the host to send. Immutable; the {@code with*} and {@link #header} methods
 * return copies.
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute URI
 * @param headers request headers; header names are case-insensitive, one value each
 * @param body the request body, or {@code null} for none
 * @param contentType the media type of the body, or {@code null} without a body
 * @param retryable whether the host may send the request again after a failure; true by default for GET,
 *     HEAD, OPTIONS, PUT and DELETE, and settable for read-only POSTs such as GraphQL queries
 * @param cacheable whether the host may answer from its conditional-request (ETag) cache; true by default
 *     for GET
 */
public record HttpRequest(String method, URI uri, Map<String, String> headers, String body, String contentType,
        boolean retryable, boolean cacheable) {

    /** Validates the components and copies the headers into a case-insensitive map. */
    public HttpRequest {
        requireNonNull(method, "method is null");
        requireNonNull(uri, "uri is null");
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = java.util.Collections.unmodifiableSortedMap(copy);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("request URI must be absolute: " + uri);
        }
    }

    /**
     * Creates a GET request, retryable and cacheable.
     *
     * @param uri the absolute URI
     * @return the request
     */
    public static HttpRequest get(URI uri) {
        return new HttpRequest("GET", uri, Map.of(), null, null, true, true);
    }

    /**
     * Creates a POST request, neither retryable nor cacheable unless marked so.
     *
     * @param uri the absolute URI
     * @param body the body
     * @param contentType the media type of the body
     * @return the request
     */
    public static HttpRequest post(URI uri, String body, String contentType) {
        requireNonNull(body, "body is null");
        requireNonNull(contentType, "contentType is null");
        return new HttpRequest("POST", uri, Map.of(), body, contentType, false, false);
    }

    /**
     * Returns a copy with one more header, replacing any value held for that name.
     *
     * @param name the header name
     * @param value the value
     * @return the copy
     */
    public HttpRequest header(String name, String value) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(requireNonNull(name, "header name is null"), requireNonNull(value, "header value is null"));
        return new HttpRequest(method, uri, copy, body, contentType, retryable, cacheable);
    }

    /**
     * Returns a copy that the host may, or may not, send again after a failure.
     *
     * @param value whether the request may be retried
     * @return the copy
     */
    public HttpRequest withRetryable(boolean value) {
        return new HttpRequest(method, uri, headers, body, contentType, value, cacheable);
    }

    /**
     * Returns a copy that the host may, or may not, answer from its conditional-request cache.
     *
     * @param value whether the request may use the cache
     * @return the copy
     */
    public HttpRequest withCacheable(boolean value) {
        return new HttpRequest(method, uri, headers, body, contentType, retryable, value);
    }

    /**
     * Returns a header value.
     *
     * @param name the header name, in any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
