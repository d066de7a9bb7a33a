package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.runtime.http.HttpServices;
import java.time.Clock;

/**
 * The host services one collector instance receives. It holds no per-collection state: the HTTP service of a
 * collection is made from its request, so the request's deadline is the only one its calls see.
 */
final class RuntimeCollectorContext implements CollectorContext {
    private final String collectorId;
    private final Clock clock;
    private final HttpServices http;
    private final SecretResolver secrets;
    private final String environment;

    RuntimeCollectorContext(String collectorId, Clock clock, HttpServices http, SecretResolver secrets,
            String environment) {
        this.collectorId = requireNonNull(collectorId);
        this.clock = requireNonNull(clock);
        this.http = requireNonNull(http);
        this.secrets = requireNonNull(secrets);
        this.environment = requireNonNull(environment);
    }

    @Override
    public String collectorId() {
        return collectorId;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public HttpService http(CollectRequest request) {
        return http.forCollector(collectorId, requireNonNull(request, "request is null").deadline());
    }

    @Override
    public void countRequest(String host, int status) {
        http.countRequest(collectorId, host, status);
    }

    @Override
    public SecretResolver secrets() {
        return secrets;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("yardstick.collector." + collectorId);
    }

    @Override
    public String environment() {
        return environment;
    }
}
