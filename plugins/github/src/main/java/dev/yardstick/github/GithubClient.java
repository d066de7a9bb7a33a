package dev.yardstick.github;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub REST requests for one collection: the standard headers, {@code Link} pagination with a loop guard,
 * the rate-limit floor, the deadline, and the mapping of answers to failure kinds. Retries, backoff,
 * {@code Retry-After} waits and the ETag cache belong to the host's {@link HttpService}.
 */
final class GithubClient {
    /** Pages followed for one listing at most (50,000 items): a guard against endless {@code next} links. */
    static final int MAX_PAGES = 500;

    private final HttpService http;
    private final GithubSettings settings;
    private final Clock clock;
    private final Instant deadline;
    private long remaining = Long.MAX_VALUE;
    private String reset = "unknown";

    GithubClient(HttpService http, GithubSettings settings, Clock clock, Instant deadline) {
        this.http = requireNonNull(http, "http is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
    }

    /** One page of an answer and the link to the next. */
    record Page(JsonNode body, Optional<URI> next) {
    }

    /** Receives the pages of a listing; answers whether to fetch the next one. */
    @FunctionalInterface
    interface PageHandler {
        boolean accept(JsonNode body) throws GithubApiException;
    }

    /** Builds an API URI from a path below the API root and an already-encoded query. */
    URI uri(String path, String query) {
        String root = settings.apiUrl().toString();
        return URI.create(root + path + (query.isEmpty() ? "" : "?" + query));
    }

    /** Fetches one page. */
    Page get(URI uri, String what) throws GithubApiException, InterruptedException {
        checkBudget(what);
        return page(uri, send(uri, what), what);
    }

    private Page page(URI uri, HttpResponse response, String what) throws GithubApiException {
        readRateLimit(response);
        checkStatus(response, what);
        JsonNode body = GithubJson.parse(response.body(), what);
        Optional<URI> next = response.header("Link").flatMap(link -> LinkHeader.next(link, uri));
        return new Page(body, next);
    }

    /**
     * Fetches independent single pages (item details) as one batch, which the host may send concurrently.
     * The rate-limit floor and the deadline are checked once per batch, so keep batches small.
     */
    List<Page> getAll(List<URI> uris, String what) throws GithubApiException, InterruptedException {
        checkBudget(what);
        checkDeadline(what);
        List<HttpRequest> requests = uris.stream().map(this::request).toList();
        List<HttpResponse> responses;
        try {
            responses = http.sendAll(requests);
        } catch (HttpTimeoutException timeout) {
            throw new GithubApiException(FailureKind.TIMEOUT, what + ": timed out");
        } catch (IOException unreachable) {
            throw new GithubApiException(FailureKind.UPSTREAM_UNAVAILABLE,
                    what + ": failed: " + unreachable.getClass().getSimpleName());
        }
        List<Page> pages = new ArrayList<>(responses.size());
        for (int i = 0; i < responses.size(); i++) {
            pages.add(page(uris.get(i), responses.get(i), what));
        }
        return pages;
    }

    /** Fetches pages from {@code first}, following {@code rel="next"} while the handler wants more. */
    void forEachPage(URI first, String what, PageHandler handler) throws GithubApiException, InterruptedException {
        Set<URI> seen = new HashSet<>();
        Optional<URI> next = Optional.of(first);
        while (next.isPresent()) {
            URI uri = next.get();
            if (!seen.add(uri) || seen.size() > MAX_PAGES) {
                throw new GithubApiException(FailureKind.BAD_RESPONSE,
                        what + ": pagination does not end (repeated link or more than " + MAX_PAGES + " pages)");
            }
            requireSameOrigin(uri, what);
            Page page = get(uri, what);
            if (!handler.accept(page.body())) {
                return;
            }
            next = page.next();
        }
    }

    private void checkDeadline(String what) throws GithubApiException {
        if (!clock.instant().isBefore(deadline)) {
            throw new GithubApiException(FailureKind.TIMEOUT, what + ": the collection deadline has passed");
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.get(uri)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "yardstick-github")
                .header("Authorization", "Bearer " + settings.token().reveal());
    }

    private HttpResponse send(URI uri, String what) throws GithubApiException, InterruptedException {
        checkDeadline(what);
        try {
            return http.send(request(uri));
        } catch (HttpTimeoutException timeout) {
            throw new GithubApiException(FailureKind.TIMEOUT, what + ": " + uri.getPath() + " timed out");
        } catch (IOException unreachable) {
            throw new GithubApiException(FailureKind.UPSTREAM_UNAVAILABLE,
                    what + ": " + uri.getPath() + " failed: " + unreachable.getClass().getSimpleName());
        }
    }

    private void checkBudget(String what) throws GithubApiException {
        if (remaining < settings.rateLimitFloor()) {
            throw new GithubApiException(FailureKind.RATE_LIMITED, what + ": x-ratelimit-remaining " + remaining
                    + " is under rate-limit-floor " + settings.rateLimitFloor() + " (resets at epoch " + reset + ")");
        }
    }

    private void readRateLimit(HttpResponse response) {
        response.header("x-ratelimit-remaining").ifPresent(value -> {
            try {
                remaining = Long.parseLong(value.trim());
            } catch (NumberFormatException ignored) {
                // A garbled header must not stop collection; the budget stays as last known.
            }
        });
        response.header("x-ratelimit-reset").ifPresent(value -> reset = value.trim());
    }

    private static void checkStatus(HttpResponse response, String what) throws GithubApiException {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = GithubJson.errorMessage(response.body());
        String prefix = what + ": HTTP " + status + (message.isEmpty() ? "" : " \"" + message + "\"");
        boolean limited = response.header("retry-after").isPresent()
                || response.header("x-ratelimit-remaining").map(String::trim).filter("0"::equals).isPresent();
        if (status == 429 || (status == 403 && limited)) {
            throw new GithubApiException(FailureKind.RATE_LIMITED, status,
                    prefix + " (rate limit; deferred to the next run)");
        }
        if (status == 403 && message.toLowerCase(java.util.Locale.ROOT).contains("secondary rate limit")) {
            // Without retry-after GitHub asks for at least a minute's pause: the next run is that pause.
            throw new GithubApiException(FailureKind.RATE_LIMITED, status,
                    prefix + " (secondary rate limit without retry-after; deferred to the next run)");
        }
        if (status == 401 || status == 403) {
            throw new GithubApiException(FailureKind.AUTH, status,
                    prefix + " (token rejected or lacking a read permission)");
        }
        if (status == 404) {
            throw new GithubApiException(FailureKind.BAD_CONFIG, status,
                    prefix + " (no such repository, or no access to it)");
        }
        FailureKind kind = status >= 500 ? FailureKind.UPSTREAM_UNAVAILABLE : FailureKind.BAD_RESPONSE;
        throw new GithubApiException(kind, status, prefix);
    }

    private void requireSameOrigin(URI uri, String what) throws GithubApiException {
        URI root = settings.apiUrl();
        boolean same = root.getScheme().equalsIgnoreCase(uri.getScheme()) && root.getHost().equalsIgnoreCase(
                uri.getHost()) && root.getPort() == uri.getPort();
        if (!same) {
            // Never send the token to a host other than the configured API.
            throw new GithubApiException(FailureKind.BAD_RESPONSE, what + ": next-page link leaves " + root.getHost());
        }
    }
}
