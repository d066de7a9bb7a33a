package dev.yardstick.testkit;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.http.HttpService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link CollectorContext} assembled from test parts: a fake clock, any {@link HttpService} (a
 * {@link FakeHttpService}, or the runtime's pointed at a simulated upstream and bound to each request's deadline),
 * a map of secrets, a recording logger, and a record of the requests the collector counted itself.
 */
public final class FakeCollectorContext implements CollectorContext {
    private final String collectorId;
    private final Clock clock;
    private final Function<CollectRequest, HttpService> http;
    private final SecretResolver secrets;
    private final RecordingLogger logger;
    private final String environment;
    private final List<String> countedRequests = new CopyOnWriteArrayList<>();

    private FakeCollectorContext(Builder builder) {
        this.collectorId = builder.collectorId;
        this.clock = builder.clock;
        this.http = builder.http;
        this.secrets = builder.secrets;
        this.logger = new RecordingLogger("yardstick.collector." + builder.collectorId);
        this.environment = builder.environment;
    }

    /**
     * Starts a builder with id {@code test}, a fake clock at 2026-11-20T12:00:00Z, no HTTP, no secrets and
     * environment {@code test}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
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
        return http.apply(requireNonNull(request, "request is null"));
    }

    @Override
    public void countRequest(String host, int status) {
        countedRequests.add(requireNonNull(host, "host is null") + " " + status);
    }

    /**
     * Returns the requests the collector counted through {@link #countRequest}, in order, each as
     * {@code "<host> <status>"}.
     *
     * @return the counted requests
     */
    public List<String> countedRequests() {
        return List.copyOf(countedRequests);
    }

    @Override
    public SecretResolver secrets() {
        return secrets;
    }

    @Override
    public RecordingLogger logger() {
        return logger;
    }

    @Override
    public String environment() {
        return environment;
    }

    /** Builds a {@link FakeCollectorContext}. */
    public static final class Builder {
        private String collectorId = "test";
        private Clock clock = FakeClock.at("2026-11-20T12:00:00Z");
        private Function<CollectRequest, HttpService> http = collection -> request -> {
            throw new IllegalStateException("no HttpService was given to this FakeCollectorContext: " + request);
        };
        private SecretResolver secrets = new MapSecretResolver(Map.of());
        private String environment = "test";

        private Builder() {
        }

        /**
         * Sets the collector id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder collectorId(String value) {
            this.collectorId = requireNonNull(value);
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value);
            return this;
        }

        /**
         * Sets the HTTP service every collection gets, whatever its deadline (a {@link FakeHttpService}).
         *
         * @param value the service
         * @return this builder
         */
        public Builder http(HttpService value) {
            requireNonNull(value);
            this.http = request -> value;
            return this;
        }

        /**
         * Sets how each collection gets its HTTP service from its request, as the runtime does, for instance
         * {@code request -> httpServices.forCollector("github", request.deadline())}.
         *
         * @param value makes the service of one collection
         * @return this builder
         */
        public Builder httpFor(Function<CollectRequest, HttpService> value) {
            this.http = requireNonNull(value);
            return this;
        }

        /**
         * Sets the secret resolver.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder secrets(SecretResolver value) {
            this.secrets = requireNonNull(value);
            return this;
        }

        /**
         * Sets the environment name.
         *
         * @param value the environment
         * @return this builder
         */
        public Builder environment(String value) {
            this.environment = requireNonNull(value);
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context
         */
        public FakeCollectorContext build() {
            return new FakeCollectorContext(this);
        }
    }
}
