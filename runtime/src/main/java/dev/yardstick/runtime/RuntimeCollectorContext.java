package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.http.HttpService;
import java.time.Clock;

/** The host services one collector instance receives. */
final class RuntimeCollectorContext implements CollectorContext {
    private final String collectorId;
    private final Clock clock;
    private final HttpService http;
    private final SecretResolver secrets;
    private final String environment;

    RuntimeCollectorContext(String collectorId, Clock clock, HttpService http, SecretResolver secrets,
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
    public HttpService http() {
        return http;
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
