package dev.yardstick.api.http;

import java.io.IOException;

/**
 * The host's HTTP client for collectors. Thread-safe.
 *
 * <p>The host applies connect and read timeouts, limits concurrent requests per host, retries retryable
 * requests after I/O errors, 408, 429 and 5xx answers with jittered backoff, honours {@code Retry-After} and
 * {@code x-ratelimit-*} headers, and answers repeated GETs through a conditional-request (ETag) cache keyed by
 * credential and URL. None of this outlives the deadline of the collection in progress: when the next attempt
 * cannot finish in time the last answer is returned, or {@link java.net.http.HttpTimeoutException} thrown.
 * {@code Authorization} and other credential headers never appear in logs. Every request is counted in the
 * {@code yardstick.http.requests} self-metric.
 */
public interface HttpService {

    /**
     * Sends a request and reads the whole response.
     *
     * <p>Any status is returned, including 4xx and 5xx once retries are exhausted; the caller decides what
     * an error status means for its section.
     *
     * @param request the request
     * @return the response
     * @throws IOException if no response could be obtained (connection failures after retries, or the
     *     deadline reached, as {@link java.net.http.HttpTimeoutException})
     * @throws InterruptedException if the calling thread was interrupted
     */
    HttpResponse send(HttpRequest request) throws IOException, InterruptedException;
}
