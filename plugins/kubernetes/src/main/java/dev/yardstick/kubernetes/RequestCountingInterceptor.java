package dev.yardstick.kubernetes;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectorContext;
import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Counts each request fabric8 sends (its own retries included) through {@link CollectorContext#countRequest}, so that
 * the run's progress and {@code yardstick.http.requests} show the API server calls, which do not go through the
 * runtime's HTTP service.
 */
final class RequestCountingInterceptor implements Interceptor {
    /** The name it is installed under. */
    static final String NAME = "YardstickRequestCount";

    private final CollectorContext context;

    RequestCountingInterceptor(CollectorContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void after(HttpRequest request, HttpResponse<?> response, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        context.countRequest(request.uri().getHost(), response.code());
    }

    @Override
    public void afterConnectionFailure(HttpRequest request, Throwable failure) {
        context.countRequest(request.uri().getHost(), 0);
    }
}
