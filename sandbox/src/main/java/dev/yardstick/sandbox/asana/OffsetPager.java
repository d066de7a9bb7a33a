package dev.yardstick.sandbox.asana;

import dev.yardstick.sandbox.core.ReceivedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Asana-style pagination: {@code limit} (1 to 100) and an opaque {@code offset} token naming where the next page
 * starts. A token belongs to one listing (the same path and parameters) and expires some time after it was issued.
 * Without {@code limit} the whole listing is one page, as for Asana's unpaginated ("grandfathered") calls.
 */
final class OffsetPager {
    static final int MAX_LIMIT = 100;

    private final Clock clock;
    private final Supplier<Duration> lifetime;

    OffsetPager(Clock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A page: its items and the token of the next page, empty on the last. */
    record Page<T>(List<T> items, Optional<String> nextOffset) {
    }

    /** Why a request's {@code limit} or {@code offset} was refused, in Asana's words. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Cuts the page a request asks for.
     *
     * @param all the whole listing
     * @param request the request, with {@code limit} and possibly {@code offset}
     * @param pageCap the most items the simulator puts in one page, whatever the limit (a server may send fewer)
     */
    <T> Page<T> page(List<T> all, ReceivedRequest request, int pageCap) throws Refused {
        Optional<String> limitText = request.queryParameter("limit");
        if (limitText.isEmpty()) {
            return new Page<>(List.copyOf(all), Optional.empty());
        }
        int limit = limit(limitText.get());
        int from = request.queryParameter("offset").isPresent() ? from(request, all.size()) : 0;
        int size = Math.min(limit, pageCap);
        int to = Math.min(all.size(), from + size);
        Optional<String> next = to < all.size() ? Optional.of(token(listing(request), to)) : Optional.empty();
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    /** Returns the request's target with another offset, as Asana's {@code next_page.path}. */
    static String pathWithOffset(ReceivedRequest request, String offset) {
        return request.path() + "?" + listing(request) + "&offset=" + offset;
    }

    private static int limit(String text) throws Refused {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException bad) {
            // Refused below, with Asana's wording.
        }
        throw new Refused("limit: Must be between 1 and " + MAX_LIMIT + ", got '" + text + "'");
    }

    private int from(ReceivedRequest request, int size) throws Refused {
        String token = request.queryParameter("offset").orElseThrow();
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 3);
        } catch (IllegalArgumentException bad) {
            throw new Refused("offset: Invalid pagination token");
        }
        if (parts.length != 3 || !parts[2].equals(listing(request))) {
            throw new Refused("offset: Invalid pagination token (it belongs to another request)");
        }
        try {
            Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            if (clock.instant().isAfter(issued.plus(lifetime.get()))) {
                throw new Refused(AsanaSimulator.EXPIRED_OFFSET_MESSAGE);
            }
            return Math.min(size, Integer.parseInt(parts[1]));
        } catch (NumberFormatException bad) {
            throw new Refused("offset: Invalid pagination token");
        }
    }

    private String token(String listing, int index) {
        String raw = clock.instant().toEpochMilli() + "\n" + index + "\n" + listing;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The request's query without {@code offset}: what a token is bound to. */
    private static String listing(ReceivedRequest request) {
        List<String> pairs = new ArrayList<>();
        request.query().ifPresent(query -> Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("offset=")).forEach(pairs::add));
        return pairs.stream().collect(Collectors.joining("&"));
    }
}
