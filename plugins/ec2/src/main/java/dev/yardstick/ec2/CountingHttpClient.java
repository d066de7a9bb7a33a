package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectorContext;
import java.io.IOException;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The SDK's HTTP client, with each attempt (the SDK's retries included) counted through
 * {@link CollectorContext#countRequest}, so that the run's progress and {@code yardstick.http.requests} show the
 * EC2 and CloudWatch calls, which do not go through the runtime's HTTP service.
 */
final class CountingHttpClient implements SdkHttpClient {
    private final SdkHttpClient delegate;
    private final CollectorContext context;

    CountingHttpClient(SdkHttpClient delegate, CollectorContext context) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        String host = request.httpRequest().host();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                int status = 0;
                try {
                    HttpExecuteResponse response = prepared.call();
                    status = response.httpResponse().statusCode();
                    return response;
                } finally {
                    context.countRequest(host, status);
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
