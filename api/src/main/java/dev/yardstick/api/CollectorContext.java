package dev.yardstick.api;

import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.http.HttpService;
import java.time.Clock;

/**
 * Services the host offers a collector. One context is created per collector instance and stays valid until
 * the collector is closed. New services are added as {@code default} methods so that fakes keep compiling.
 */
public interface CollectorContext {

    /**
     * Returns the collector id: its key in the configuration, such as {@code github} or {@code github/oss}.
     *
     * @return the id
     */
    String collectorId();

    /**
     * Returns the clock collectors must use instead of the system clock, so that tests control time.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * Returns the one HTTP path for REST collectors, bound to one collection: timeouts, per-host concurrency,
     * retries, rate-limit headers, conditional requests and self-metrics are handled by the host, and no request,
     * retry or wait outlives {@code request.deadline()}. Ask for it in {@link Collector#collect} with the request
     * being served and use it for that collection only: the deadline reaches HTTP calls this way and no other, so
     * overlapping collections each keep their own.
     *
     * @param request the collection the calls belong to
     * @return the HTTP service bound to the request's deadline
     */
    HttpService http(CollectRequest request);

    /**
     * Counts one HTTP request the collector sent through a client of its own, such as an upstream's SDK, rather than
     * through {@link #http}, so that the run's progress and the {@code yardstick.http.requests} self-metric include
     * it. Requests sent through {@link #http} are counted already and must not be counted again. Call it once per
     * attempt that got an answer or failed, retries included; it is cheap, thread-safe and never throws.
     *
     * @param host the host the request went to
     * @param status the HTTP status of the answer, or 0 when none came (a connection error or a timeout)
     */
    default void countRequest(String host, int status) {
    }

    /**
     * Returns the resolver for secret references such as {@code secret:env:GITHUB_TOKEN}.
     *
     * @return the resolver
     */
    SecretResolver secrets();

    /**
     * Returns a logger named after the collector. Never log secrets; {@link dev.yardstick.api.config.Secret}
     * values render as {@code [REDACTED]}.
     *
     * @return the logger
     */
    System.Logger logger();

    /**
     * Returns the name of the environment this run reports for, which becomes the {@code env} tag.
     *
     * @return the environment, for example {@code production}
     */
    String environment();
}
