package dev.yardstick.sandbox.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A JDK HTTP client for tests: HTTP/1.1, short timeouts, string bodies. */
public final class LoopbackHttp {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Sends a GET. */
    public HttpResponse<String> get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(DEFAULT_TIMEOUT).GET().build());
    }

    /** Sends a request, returning the response with a string body. */
    public HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
