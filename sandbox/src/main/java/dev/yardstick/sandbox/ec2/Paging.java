package dev.yardstick.sandbox.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** {@code MaxResults} / {@code NextToken} paging of one action's result list. */
final class Paging {
    private Paging() {
    }

    /** One page and the token of the next, if any. */
    record Page<T>(List<T> items, Optional<String> nextToken) {
    }

    /**
     * Cuts a page.
     *
     * @param action the action, bound into the token so that tokens cannot be mixed up
     * @param all the full, stably ordered result
     * @param params the request (MaxResults, NextToken)
     * @param min the smallest MaxResults the action accepts
     * @param max the largest MaxResults the action accepts (also the page size without MaxResults)
     * @param pageCap the simulator's own largest page (EC2 may return fewer items than asked for)
     */
    static <T> Page<T> page(String action, List<T> all, QueryParameters params, int min, int max, int pageCap)
            throws Ec2Error {
        int size = params.integer("MaxResults").orElse(max);
        if (size < min || size > max) {
            throw Ec2Error.invalidParameter("Value (" + size + ") for parameter maxResults is invalid. Expecting a value "
                    + "between " + min + " and " + max + ".");
        }
        size = Math.min(size, pageCap);
        int from = 0;
        Optional<String> token = params.get("NextToken");
        if (token.isPresent()) {
            from = offset(action, token.get());
        }
        int to = Math.min(all.size(), from + size);
        Optional<String> next = to < all.size() ? Optional.of(token(action, to)) : Optional.empty();
        return new Page<>(all.subList(Math.min(from, all.size()), to), next);
    }

    private static String token(String action, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((action + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String action, String token) throws Ec2Error {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(action + ":")) {
                throw new IllegalArgumentException("token of another action");
            }
            return Integer.parseInt(text.substring(action.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new Ec2Error(400, "InvalidNextToken", "The token '" + token + "' is invalid.");
        }
    }
}
