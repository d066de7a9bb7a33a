package dev.yardstick.github;

import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test stand-in for the runtime's HTTP service: JDK client, immediate retries of 5xx (no waiting), an ETag
 * cache keyed by credential and URL answering 304s with the cached body, and 403/429 returned as they came.
 */
final class LoopbackHttpService implements HttpService {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, HttpResponse> cache = new ConcurrentHashMap<>();
    private final int maxAttempts;
    private final AtomicInteger sent = new AtomicInteger();

    LoopbackHttpService(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    int sent() {
        return sent.get();
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        String key = request.header("Authorization").orElse("") + " " + request.uri();
        HttpResponse cached = cache.get(key);
        HttpResponse response = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            response = once(request, cached);
            if (response.status() < 500) {
                break;
            }
        }
        if (response.status() == 304 && cached != null) {
            return new HttpResponse(200, response.headers(), cached.body(), true);
        }
        if (response.status() == 200 && response.header("ETag").isPresent()) {
            cache.put(key, response);
        }
        return response;
    }

    private HttpResponse once(HttpRequest request, HttpResponse cached) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(Duration.ofSeconds(10)).GET();
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("User-Agent")) {
                builder.header(name, value);
            }
        });
        if (cached != null) {
            builder.header("If-None-Match", cached.header("ETag").orElseThrow());
        }
        sent.incrementAndGet();
        java.net.http.HttpResponse<String> raw = client.send(builder.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new HttpResponse(raw.statusCode(), raw.headers().map(), raw.body(), false);
    }
}
