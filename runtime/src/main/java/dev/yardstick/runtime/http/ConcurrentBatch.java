package dev.yardstick.runtime.http;

import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Sends independent requests at the same time; the per-host limiter inside {@link HttpService#send} bounds how
 * many are really in flight per host. The first failure abandons (interrupts) the rest.
 */
final class ConcurrentBatch {
    private ConcurrentBatch() {
    }

    static List<HttpResponse> sendAll(HttpService service, List<HttpRequest> requests, ExecutorService executor)
            throws IOException, InterruptedException {
        if (requests.size() <= 1) {
            return requests.isEmpty() ? List.of() : List.of(service.send(requests.get(0)));
        }
        List<Future<HttpResponse>> futures = new ArrayList<>(requests.size());
        for (HttpRequest request : requests) {
            Callable<HttpResponse> task = () -> service.send(request);
            futures.add(executor.submit(task));
        }
        try {
            List<HttpResponse> responses = new ArrayList<>(requests.size());
            for (Future<HttpResponse> future : futures) {
                responses.add(future.get());
            }
            return List.copyOf(responses);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } finally {
            futures.forEach(future -> future.cancel(true));
        }
    }

    private static IOException unwrap(Throwable cause) throws InterruptedException {
        if (cause instanceof IOException) {
            return (IOException) cause;
        }
        if (cause instanceof InterruptedException) {
            throw (InterruptedException) cause;
        }
        if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
        }
        throw new IllegalStateException("HTTP batch request failed", cause);
    }
}
