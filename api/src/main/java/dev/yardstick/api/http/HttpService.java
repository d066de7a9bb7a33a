package dev.yardstick.api.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's HTTP client for collectors, obtained for one collection from
 * {@link dev.yardstick.api.CollectorContext#http(dev.yardstick.api.CollectRequest)}. Thread-safe.
 *
 * <p>The host applies connect and read timeouts, limits concurrent requests per host, retries retryable
 * requests after I/O errors, 408, 429 and 5xx answers with jittered backoff, honours {@code Retry-After} and
 * {@code x-ratelimit-*} headers, and answers repeated GETs through a conditional-request (ETag) cache keyed by
 * credential and URL. None of this outlives the deadline of the collection the service was obtained for: when the
 * next attempt cannot finish in time the last answer is returned, or {@link java.net.http.HttpTimeoutException}
 * thrown. {@code Authorization} and other credential headers never appear in logs. Every request is counted in
 * the {@code yardstick.http.requests} self-metric.
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

    /**
     * Sends independent requests, as many at a time as the host allows per upstream host, and returns their
     * responses in request order. Each request gets the treatment {@link #send} gives it (retries, rate limits,
     * cache, deadline). Use it for batches such as the details of many items; pages of one listing depend on each
     * other and go through {@link #send}.
     *
     * <p>The default sends them one after the other.
     *
     * @param requests the requests
     * @return one response per request, in the same order
     * @throws IOException if any request could not be answered; the others are abandoned
     * @throws InterruptedException if the calling thread was interrupted
     */
    default List<HttpResponse> sendAll(List<HttpRequest> requests) throws IOException, InterruptedException {
        List<HttpResponse> responses = new ArrayList<>(requests.size());
        for (HttpRequest request : requests) {
            responses.add(send(request));
        }
        return List.copyOf(responses);
    }
}
