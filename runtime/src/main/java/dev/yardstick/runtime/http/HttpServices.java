package dev.yardstick.runtime.http;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.http.HttpService;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.engine.RunListener;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/**
 * The process's HTTP machinery for collectors: one okhttp client (connection pool), one conditional-request
 * cache (loaded from and saved to {@code yardstick.http.cache.path} when set) and one per-host concurrency
 * limit, shared by the {@link HttpService} handed to each collector. Thread-safe.
 */
public final class HttpServices implements AutoCloseable {
    private static final String REQUESTS = "yardstick.http.requests";
    private static final System.Logger LOG = System.getLogger(HttpServices.class.getName());

    private final HttpSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Telemetry telemetry;
    private volatile RunListener listener = RunListener.NONE;
    /** Built on first use: building it loads the TLS trust store, which commands that never send do not need. */
    private volatile OkHttpClient client;
    private final EtagCache cache;
    private final HostLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService batchExecutor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "yardstick-http-batch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Creates the services.
     *
     * @param settings the HTTP policy
     * @param clock the source of all time (deadlines, Retry-After dates)
     * @param sleeper performs every retry wait
     * @param telemetry receives {@code yardstick.http.requests}
     */
    public HttpServices(HttpSettings settings, Clock clock, Sleeper sleeper, Telemetry telemetry) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.telemetry = requireNonNull(telemetry, "telemetry is null");
        this.cache = settings.cachePath().map(path -> EtagCache.load(path, settings.cacheMaxEntries()))
                .orElseGet(() -> new EtagCache(settings.cacheMaxEntries()));
        this.limiter = new HostLimiter(settings.maxRequestsPerHost());
        this.retryPolicy = new RetryPolicy(settings.maxAttempts(),
                new Backoff(settings.backoffInitial(), settings.backoffMax(), new Random()), settings.rateLimitWaitCap());
    }

    /**
     * Returns the HTTP service for one collection of one collector. Cheap: the client, cache and limits are shared.
     *
     * @param collectorId the collector's id, its {@code collector} tag
     * @param deadline the deadline of the collection ({@code CollectRequest.deadline()}); no request, retry or wait
     *     of the service outlives it
     * @return the service
     */
    public HttpService forCollector(String collectorId, Instant deadline) {
        return new CollectorHttpService(collectorId, deadline, this);
    }

    /**
     * Sets who hears each request of the run in progress (runs never overlap).
     *
     * @param value the run's listener
     */
    public void listener(RunListener value) {
        this.listener = requireNonNull(value, "listener is null");
    }

    /**
     * Counts one request a collector sent through a client of its own ({@code CollectorContext.countRequest}), as its
     * HTTP service counts each of its own: in {@code yardstick.http.requests} and to the run's listener.
     *
     * @param collectorId the collector
     * @param host the host the request went to; null or blank counts as {@code unknown}, since a plugin's count must
     *     never fail its collection
     * @param status the HTTP status of the answer, 0 when none came
     */
    public void countRequest(String collectorId, String host, int status) {
        count(requireNonNull(collectorId, "collectorId is null"), host == null || host.isBlank() ? "unknown" : host,
                CollectorHttpService.statusClass(status));
    }

    void count(String collectorId, String host, String statusClass) {
        telemetry.increment(REQUESTS, Tags.of("collector", collectorId, "host", host, "status_class", statusClass),
                1);
        listener.requestSent(collectorId);
    }

    /**
     * Returns the conditional-request cache, for tests and summaries.
     *
     * @return the cache
     */
    public EtagCache cache() {
        return cache;
    }

    HttpSettings settings() {
        return settings;
    }

    OkHttpClient client() {
        OkHttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = new OkHttpClient.Builder()
                            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .retryOnConnectionFailure(false)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    HostLimiter limiter() {
        return limiter;
    }

    Clock clock() {
        return clock;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    ExecutorService batchExecutor() {
        return batchExecutor;
    }

    /** Saves the cache when it has a path and releases connections. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        settings.cachePath().ifPresent(path -> {
            try {
                cache.save(path);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save HTTP cache {0}: {1}", path, e.toString());
            }
        });
        batchExecutor.shutdownNow();
        OkHttpClient built = client;
        if (built != null) {
            built.dispatcher().executorService().shutdown();
            built.connectionPool().evictAll();
        }
    }
}
