package dev.yardstick.github;

import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test stand-in for the runtime's HTTP service: okhttp, immediate retries of 5xx (no waiting), an ETag
 * cache keyed by credential and URL answering 304s with the cached body, and 403/429 returned as they came.
 */
final class LoopbackHttpService implements HttpService {
    private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10)).build();
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

    private HttpResponse once(HttpRequest request, HttpResponse cached) throws IOException {
        Request.Builder builder = new Request.Builder().url(request.uri().toString()).get();
        request.headers().forEach(builder::header);
        if (cached != null) {
            builder.header("If-None-Match", cached.header("ETag").orElseThrow());
        }
        sent.incrementAndGet();
        try (Response raw = client.newCall(builder.build()).execute()) {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            raw.headers().names().forEach(name -> headers.put(name, raw.headers(name)));
            return new HttpResponse(raw.code(), headers, raw.body().string(), false);
        }
    }
}
