package dev.yardstick.asana;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asana REST listings for one collection: {@code limit=100} pages followed by {@code next_page.offset} until
 * {@code next_page} is null, one restart of a listing whose offset Asana reports expired, the deadline, and the
 * mapping of answers to failure kinds. Retries, backoff and {@code Retry-After} waits belong to the host's
 * {@link HttpService}.
 */
final class AsanaClient {
    /** Items asked per page: Asana's maximum. */
    static final int LIMIT = 100;
    /** Pages followed for one listing at most: a guard against endless offsets (a million items at 100 a page). */
    static final int MAX_PAGES = 10_000;
    private static final int MAX_QUOTED = 200;

    private final HttpService http;
    private final AsanaSettings settings;
    private final Clock clock;
    private final Instant deadline;
    private final System.Logger logger;

    AsanaClient(HttpService http, AsanaSettings settings, Clock clock, Instant deadline, System.Logger logger) {
        this.http = requireNonNull(http, "http is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
        this.logger = requireNonNull(logger, "logger is null");
    }

    /** Parses one item of a listing. */
    @FunctionalInterface
    interface ItemParser<T> {
        T parse(JsonNode item) throws AsanaApiException;
    }

    /** Raised inside one pass of a listing when Asana says its offset expired. */
    private static final class ExpiredOffset extends Exception {
        private static final long serialVersionUID = 1L;

        ExpiredOffset(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads every item of a listing.
     *
     * @param path the path below the API root, e.g. {@code /tasks}
     * @param query the encoded query without {@code limit} and {@code offset}
     * @param what the listing's name in failure messages
     * @param parser turns each item into a record
     * @return the items, in Asana's order
     */
    <T> List<T> list(String path, String query, String what, ItemParser<T> parser)
            throws AsanaApiException, InterruptedException {
        try {
            return listOnce(path, query, what, parser);
        } catch (ExpiredOffset expired) {
            logger.log(System.Logger.Level.INFO, what + ": " + expired.getMessage() + "; restarting the listing once");
        }
        try {
            return listOnce(path, query, what, parser);
        } catch (ExpiredOffset again) {
            throw new AsanaApiException(FailureKind.UPSTREAM_UNAVAILABLE, what
                    + ": the pagination offset expired again after a restart (" + again.getMessage() + ")");
        }
    }

    private <T> List<T> listOnce(String path, String query, String what, ItemParser<T> parser)
            throws AsanaApiException, InterruptedException, ExpiredOffset {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> offset = Optional.empty();
        do {
            if (seen.size() >= MAX_PAGES) {
                throw new AsanaApiException(FailureKind.BAD_RESPONSE,
                        what + ": pagination does not end (more than " + MAX_PAGES + " pages)");
            }
            URI uri = URI.create(settings.apiUrl() + path + "?" + query + "&limit=" + LIMIT
                    + offset.map(value -> "&offset=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).orElse(""));
            HttpResponse response = send(uri, what);
            if (offset.isPresent() && response.status() == 400 && mentionsOffset(response)) {
                throw new ExpiredOffset(String.join("; ", AsanaJson.errorMessages(response.body())));
            }
            checkStatus(response, what);
            AsanaJson.Page page = AsanaJson.page(response.body(), what);
            for (JsonNode item : page.data()) {
                items.add(parser.parse(item));
            }
            offset = page.nextOffset();
            if (offset.isPresent() && !seen.add(offset.get())) {
                throw new AsanaApiException(FailureKind.BAD_RESPONSE, what + ": pagination does not end (an offset "
                        + "came back twice)");
            }
        } while (offset.isPresent());
        return items;
    }

    private HttpResponse send(URI uri, String what) throws AsanaApiException, InterruptedException {
        if (!clock.instant().isBefore(deadline)) {
            throw new AsanaApiException(FailureKind.TIMEOUT, what + ": the collection deadline has passed");
        }
        HttpRequest request = HttpRequest.get(uri)
                .header("Accept", "application/json")
                .header("User-Agent", "yardstick-asana")
                .header("Authorization", "Bearer " + settings.token().reveal());
        try {
            return http.send(request);
        } catch (HttpTimeoutException timeout) {
            throw new AsanaApiException(FailureKind.TIMEOUT, what + ": " + uri.getPath() + " timed out");
        } catch (IOException unreachable) {
            throw new AsanaApiException(FailureKind.UPSTREAM_UNAVAILABLE,
                    what + ": " + uri.getPath() + " failed: " + unreachable.getClass().getSimpleName());
        }
    }

    private static boolean mentionsOffset(HttpResponse response) {
        return AsanaJson.errorMessages(response.body()).stream()
                .anyMatch(message -> message.toLowerCase(Locale.ROOT).contains("offset"));
    }

    private static void checkStatus(HttpResponse response, String what) throws AsanaApiException {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String prefix = what + ": HTTP " + status + quote(AsanaJson.errorMessages(response.body()));
        FailureKind kind;
        String hint;
        if (status == 429) {
            kind = FailureKind.RATE_LIMITED;
            hint = " (rate limit; Retry-After beyond the wait cap or the deadline, deferred to the next run)";
        } else if (status == 401 || status == 403) {
            kind = FailureKind.AUTH;
            hint = " (token rejected, or without access to the workspace or project)";
        } else if (status == 400 || status == 404) {
            kind = FailureKind.BAD_CONFIG;
            hint = " (check the workspace and bugs-project gids)";
        } else if (status >= 500) {
            kind = FailureKind.UPSTREAM_UNAVAILABLE;
            hint = "";
        } else {
            kind = FailureKind.BAD_RESPONSE;
            hint = "";
        }
        throw new AsanaApiException(kind, prefix + hint);
    }

    /** Asana's error messages, cut short; they name the offending parameter and never hold the token. */
    private static String quote(List<String> messages) {
        if (messages.isEmpty()) {
            return "";
        }
        String joined = String.join("; ", messages);
        return ": " + (joined.length() > MAX_QUOTED ? joined.substring(0, MAX_QUOTED) + "…" : joined);
    }
}
