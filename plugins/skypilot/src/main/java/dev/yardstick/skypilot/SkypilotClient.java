package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The API server's asynchronous request protocol for one collection: schedule a request with a POST, read its id
 * from {@code X-Skypilot-Request-ID}, {@code X-Request-ID} or the body, wait for it with {@code GET /api/get}, and
 * decode its JSON-encoded return value. Each request has a client deadline ({@code request-deadline}, never past
 * the collection's); when it passes, the request is cancelled with {@code POST /api/cancel} and the call reports
 * {@link FailureKind#TIMEOUT}. Retries and their backoff belong to the host's {@link HttpService}: 503 ("retry")
 * is retried until the deadline.
 */
final class SkypilotClient {
    /** How long the best-effort cancel of a timed-out request may take. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(5);
    private static final String JSON = "application/json";
    private static final int BUSY = 503;

    private final HttpService http;
    private final SkypilotSettings settings;
    private final Clock clock;
    private final Instant collectionDeadline;
    private final ExecutorService executor;
    private final System.Logger logger;
    private final Optional<String> authorization;

    SkypilotClient(HttpService http, SkypilotSettings settings, Clock clock, Instant collectionDeadline,
            ExecutorService executor, System.Logger logger) {
        this.http = requireNonNull(http, "http is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.collectionDeadline = requireNonNull(collectionDeadline, "collectionDeadline is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.logger = requireNonNull(logger, "logger is null");
        this.authorization = settings.token().map(token -> "Bearer " + token.reveal())
                .or(() -> settings.basicAuth().map(credentials -> "Basic " + Base64.getEncoder().encodeToString(
                        credentials.reveal().getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Runs one request to completion.
     *
     * @param what the section, for messages
     * @param paths the endpoint and its fallbacks, tried in order while the server answers 404
     * @param body the JSON request body
     * @return the decoded return value
     * @throws SkypilotApiException when the request fails, times out or expires
     * @throws InterruptedException if interrupted
     */
    JsonNode call(String what, List<String> paths, String body) throws SkypilotApiException, InterruptedException {
        Instant until = clock.instant().plus(settings.requestDeadline());
        if (until.isAfter(collectionDeadline)) {
            until = collectionDeadline;
        }
        String id = schedule(what, paths, body, until);
        return await(what, id, until);
    }

    private String schedule(String what, List<String> paths, String body, Instant until)
            throws SkypilotApiException, InterruptedException {
        for (int i = 0; ; i++) {
            String path = paths.get(i);
            HttpRequest post = authorized(HttpRequest.post(uri(path), body, JSON).withRetryable(true));
            HttpResponse response = sendUntil(post, until, what + ": POST " + path);
            if (response.status() == 404 && i + 1 < paths.size()) {
                logger.log(System.Logger.Level.INFO, "{0}: POST {1} answered 404; falling back to POST {2}",
                        what, path, paths.get(i + 1));
                continue;
            }
            requireSuccess(response, what + ": POST " + path);
            return response.header("X-Skypilot-Request-ID").or(() -> response.header("X-Request-ID"))
                    .filter(id -> !id.isBlank()).or(() -> SkypilotJson.requestIdInBody(response.body()))
                    .orElseThrow(() -> new SkypilotApiException(FailureKind.BAD_RESPONSE, what + ": POST " + path
                            + " returned no request id (no X-Skypilot-Request-ID or X-Request-ID header, no "
                            + "request_id in the body)"));
        }
    }

    private JsonNode await(String what, String id, Instant until) throws SkypilotApiException, InterruptedException {
        String where = what + ": request " + id;
        HttpRequest get = authorized(HttpRequest.get(uri("/api/get?request_id="
                + URLEncoder.encode(id, StandardCharsets.UTF_8))).withCacheable(false));
        HttpResponse response;
        try {
            response = sendUntil(get, until, where);
        } catch (SkypilotApiException failure) {
            if (failure.kind() == FailureKind.TIMEOUT) {
                cancel(what, id);
            }
            throw failure;
        }
        if (response.status() == 404) {
            throw SkypilotApiException.expired(where + " expired on the server (HTTP 404: "
                    + SkypilotJson.detail(response.body()) + ")");
        }
        requireSuccess(response, where);
        JsonNode payload = SkypilotJson.parse(response.body(), where);
        String status = payload.path("status").asText("");
        return switch (status) {
            case "SUCCEEDED" -> SkypilotJson.returnValue(payload, where);
            case "FAILED" -> throw new SkypilotApiException(FailureKind.UPSTREAM_UNAVAILABLE, where
                    + " failed on the server: " + SkypilotJson.errorMessage(payload.get("error")));
            case "CANCELLED" -> throw new SkypilotApiException(FailureKind.UPSTREAM_UNAVAILABLE, where
                    + " was cancelled on the server");
            default -> throw new SkypilotApiException(FailureKind.BAD_RESPONSE, where
                    + ": /api/get answered status '" + status + "' instead of a finished request");
        };
    }

    /** Best effort: the server stops working on a request nobody waits for any more. */
    private void cancel(String what, String id) throws InterruptedException {
        String body = "{\"request_ids\":[\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]}";
        HttpRequest post = authorized(HttpRequest.post(uri("/api/cancel"), body, JSON));
        Instant until = clock.instant().plus(CANCEL_GRACE);
        try {
            HttpResponse response = send(post, until.isAfter(collectionDeadline) ? collectionDeadline : until,
                    what + ": cancel");
            logger.log(System.Logger.Level.INFO, "{0}: request {1} passed request-deadline {2}; cancel answered "
                    + "HTTP {3}", what, id, settings.requestDeadline(), response.status());
        } catch (SkypilotApiException failed) {
            logger.log(System.Logger.Level.INFO, "{0}: request {1} passed request-deadline {2}; cancel failed: {3}",
                    what, id, settings.requestDeadline(), failed.getMessage());
        }
    }

    /**
     * Sends, and sends again while the server answers 503 and time is left (the host backs off in between); a
     * server still busy at the deadline gives its last 503.
     */
    private HttpResponse sendUntil(HttpRequest request, Instant until, String what)
            throws SkypilotApiException, InterruptedException {
        HttpResponse response = send(request, until, what);
        while (response.status() == BUSY && clock.instant().isBefore(until)) {
            try {
                response = send(request, until, what);
            } catch (SkypilotApiException late) {
                if (late.kind() != FailureKind.TIMEOUT) {
                    throw late;
                }
                return response; // still busy at the deadline: report the server's answer, not a time-out
            }
        }
        return response;
    }

    /** One send through the host, abandoned (and interrupted) when the deadline passes. */
    private HttpResponse send(HttpRequest request, Instant until, String what)
            throws SkypilotApiException, InterruptedException {
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            throw timeout(what);
        }
        Future<HttpResponse> sent = executor.submit(() -> http.send(request));
        try {
            return sent.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            sent.cancel(true);
            throw timeout(what);
        } catch (InterruptedException interrupted) {
            sent.cancel(true);
            throw interrupted;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timeout(what);
            }
            if (cause instanceof IOException) {
                throw new SkypilotApiException(FailureKind.UPSTREAM_UNAVAILABLE, what + ": "
                        + cause.getClass().getSimpleName() + " reaching the API server");
            }
            if (cause instanceof InterruptedException) {
                throw new InterruptedException(what + ": interrupted");
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private SkypilotApiException timeout(String what) {
        return new SkypilotApiException(FailureKind.TIMEOUT, what + ": not done within request-deadline "
                + settings.requestDeadline() + " (or the collection deadline)");
    }

    private static void requireSuccess(HttpResponse response, String what) throws SkypilotApiException {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = what + ": HTTP " + status + ": " + SkypilotJson.detail(response.body());
        if (status == 401 || status == 403) {
            throw new SkypilotApiException(FailureKind.AUTH, message + " (check token or the user:password in "
                    + "api-url)");
        }
        throw new SkypilotApiException(status >= 500 ? FailureKind.UPSTREAM_UNAVAILABLE : FailureKind.BAD_RESPONSE,
                message);
    }

    private HttpRequest authorized(HttpRequest request) {
        return authorization.map(value -> request.header("Authorization", value)).orElse(request)
                .header("Accept", JSON).header("User-Agent", "yardstick-skypilot");
    }

    private URI uri(String pathAndQuery) {
        return URI.create(settings.apiUrl() + pathAndQuery);
    }
}
