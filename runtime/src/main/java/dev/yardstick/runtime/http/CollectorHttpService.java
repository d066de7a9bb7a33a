package dev.yardstick.runtime.http;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The {@link HttpService} one collection of one collector gets: the shared client, cache and per-host limits of
 * {@link HttpServices}, the deadline of the collect request it serves (fixed: nothing else can move it), and the
 * collector's {@code collector} tag on the request metric.
 */
final class CollectorHttpService implements HttpService {
    private static final System.Logger LOG = System.getLogger(CollectorHttpService.class.getName());

    private final String collectorId;
    private final Instant deadline;
    private final HttpSettings settings;
    private final EtagCache cache;
    private final HostLimiter limiter;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy retry;
    private final ExecutorService batchExecutor;
    private final HttpServices services;

    CollectorHttpService(String collectorId, Instant deadline, HttpServices services) {
        this.collectorId = requireNonNull(collectorId, "collectorId is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
        this.settings = services.settings();
        this.cache = services.cache();
        this.limiter = services.limiter();
        this.clock = services.clock();
        this.sleeper = services.sleeper();
        this.batchExecutor = services.batchExecutor();
        this.retry = services.retryPolicy();
        this.services = services;
    }

    @Override
    public List<HttpResponse> sendAll(List<HttpRequest> requests) throws IOException, InterruptedException {
        return ConcurrentBatch.sendAll(this, requests, batchExecutor);
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        requireNonNull(request, "request is null");
        String url = request.uri().toString();
        boolean useCache = settings.cacheEnabled() && request.cacheable() && "GET".equals(request.method());
        String key = useCache ? EtagCache.key(request.headers(), url) : null;
        Optional<EtagCache.Entry> cached = useCache ? cache.get(key) : Optional.empty();
        for (int attempt = 1; ; attempt++) {
            HttpResponse response = null;
            IOException failure = null;
            try {
                response = execute(request, cached);
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException e) {
                failure = e;
            }
            if (response != null) {
                if (response.status() == 304 && cached.isPresent()) {
                    return fromCache(response, cached.get());
                }
                if (useCache && response.status() == 200) {
                    Optional<String> etag = response.header("ETag");
                    if (etag.isPresent()) {
                        cache.put(key, new EtagCache.Entry(etag.get(), response.body(),
                                response.header("Link").orElse("")));
                    }
                }
                if (!request.retryable() || !isRetryable(response)) {
                    return response;
                }
            } else if (!request.retryable()) {
                throw failure;
            }
            Optional<Duration> requested = response == null ? Optional.empty()
                    : RateLimitHeaders.requestedWait(response, clock.instant());
            RetryPolicy.Decision decision = retry.next(attempt, requested, clock.instant(), deadline);
            if (decision instanceof RetryPolicy.Stop) {
                RetryPolicy.Stop stop = (RetryPolicy.Stop) decision;
                if (response != null) {
                    log(System.Logger.Level.INFO, request, stop.reason() + "; returning HTTP " + response.status());
                    return response;
                }
                throw stop.outOfTime() ? timeout(request, failure) : failure;
            }
            Duration wait = ((RetryPolicy.Retry) decision).delay();
            log(System.Logger.Level.INFO, request, (response == null ? failure.toString()
                    : "HTTP " + response.status()) + "; retry " + attempt + " in " + wait.toMillis() + " ms");
            sleeper.sleep(wait);
        }
    }

    private static boolean isRetryable(HttpResponse response) {
        int status = response.status();
        if (status == 408 || status == 429 || status >= 500) {
            return true;
        }
        return status == 403 && (response.header("Retry-After").isPresent()
                || response.header("x-ratelimit-remaining").map(String::trim).filter("0"::equals).isPresent());
    }

    /** A 304 may leave out the Link header of the cached page; pagination must still see it. */
    private static HttpResponse fromCache(HttpResponse notModified, EtagCache.Entry entry) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(notModified.headers());
        if (!entry.link().isEmpty() && !headers.containsKey("Link")) {
            headers.put("Link", List.of(entry.link()));
        }
        return new HttpResponse(200, headers, entry.body(), true);
    }

    private HttpResponse execute(HttpRequest request, Optional<EtagCache.Entry> cached)
            throws IOException, InterruptedException {
        String host = request.uri().getHost();
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw timeout(request, null);
        }
        if (!limiter.acquire(host, remaining)) {
            throw timeout(request, null);
        }
        Call call = services.client().newCall(toOkHttp(request, cached));
        call.timeout().timeout(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            HttpResponse answer = new HttpResponse(response.code(), response.headers().toMultimap(),
                    body == null ? "" : body.string(), false);
            count(host, statusClass(answer.status()));
            log(System.Logger.Level.DEBUG, request, "HTTP " + answer.status());
            return answer;
        } catch (IOException e) {
            count(host, "error");
            if (call.isCanceled() || !clock.instant().isBefore(deadline)) {
                throw timeout(request, e);
            }
            throw e;
        } finally {
            limiter.release(host);
        }
    }

    private static Request toOkHttp(HttpRequest request, Optional<EtagCache.Entry> cached) {
        Request.Builder builder = new Request.Builder().url(request.uri().toString());
        request.headers().forEach(builder::header);
        if (cached.isPresent() && request.header("If-None-Match").isEmpty()) {
            builder.header("If-None-Match", cached.get().etag());
        }
        RequestBody body = request.body() == null ? null
                : RequestBody.create(request.body(), MediaType.parse(request.contentType()));
        if (body == null && ("POST".equals(request.method()) || "PUT".equals(request.method())
                || "PATCH".equals(request.method()))) {
            body = RequestBody.create(new byte[0]);
        }
        return builder.method(request.method(), body).build();
    }

    private HttpTimeoutException timeout(HttpRequest request, IOException cause) {
        return new HttpTimeoutException(request.method() + " "
                + CredentialHeaders.redactedUrl(request.uri().toString()) + " for " + collectorId
                + ": collection deadline reached" + (cause == null ? "" : " (" + cause.getClass().getSimpleName()
                + ")"));
    }

    private void count(String host, String statusClass) {
        services.count(collectorId, host, statusClass);
    }

    static String statusClass(int status) {
        return status >= 200 && status < 600 ? (status / 100) + "xx" : "error";
    }

    private void log(System.Logger.Level level, HttpRequest request, String outcome) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, "{0}: {1} {2} {3}: {4}", collectorId, request.method(),
                    CredentialHeaders.redactedUrl(request.uri().toString()),
                    CredentialHeaders.redacted(request.headers()), outcome);
        }
    }

    @Override
    public String toString() {
        return "HttpService[" + collectorId + "]";
    }

}
