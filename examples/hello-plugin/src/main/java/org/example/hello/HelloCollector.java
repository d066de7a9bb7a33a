package org.example.hello;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Fetches a text document through the host's HTTP service and counts its non-blank lines. */
final class HelloCollector implements Collector {
    private final URI url;
    private final String document;
    private final CollectorContext context;

    HelloCollector(URI url, String document, CollectorContext context) {
        this.url = url;
        this.document = document;
        this.context = context;
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        try {
            HttpResponse response = context.http(request).send(HttpRequest.get(url));
            if (!response.isSuccessful()) {
                return failed(FailureKind.UPSTREAM_UNAVAILABLE, "HTTP " + response.status() + " from " + url);
            }
            long lines = response.body().lines().filter(line -> !line.isBlank()).count();
            return CollectResult.of(List.of(Gauge.of("hello.lines", lines, request.at(),
                    Tags.of("document", document))));
        } catch (IOException e) {
            return failed(FailureKind.UPSTREAM_UNAVAILABLE, e.toString());
        }
    }

    private static CollectResult failed(FailureKind kind, String message) {
        return new CollectResult(List.of(), List.of(new CollectFailure("document", kind, message)));
    }
}
