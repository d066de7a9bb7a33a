package dev.yardstick.sandbox.github;

import dev.yardstick.sandbox.core.ReceivedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GitHub-style pagination: {@code per_page} (default 30, at most 100) and {@code page} (from 1), with a
 * {@code Link} header holding {@code next}, {@code last}, {@code prev} and {@code first} targets.
 *
 * @param <T> the item type
 * @param items the items of the requested page
 * @param link the Link header value, or empty when everything fits one page
 */
record Pager<T>(List<T> items, Optional<String> link) {

    static <T> Pager<T> of(List<T> all, ReceivedRequest request, String baseUrl, int defaultPerPage, int maxPerPage) {
        int perPage = Math.min(maxPerPage, Math.max(1, intParameter(request, "per_page", defaultPerPage)));
        int page = Math.max(1, intParameter(request, "page", 1));
        int last = Math.max(1, (all.size() + perPage - 1) / perPage);
        int from = Math.min(all.size(), (page - 1) * perPage);
        List<T> items = all.subList(from, Math.min(all.size(), from + perPage));
        List<String> links = new ArrayList<>();
        if (page < last) {
            links.add(link(request, baseUrl, page + 1, "next"));
            links.add(link(request, baseUrl, last, "last"));
        }
        if (page > 1) {
            links.add(link(request, baseUrl, page - 1, "prev"));
            links.add(link(request, baseUrl, 1, "first"));
        }
        return new Pager<>(List.copyOf(items), links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links)));
    }

    private static String link(ReceivedRequest request, String baseUrl, int page, String rel) {
        List<String> parameters = new ArrayList<>();
        request.query().ifPresent(query -> {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("page=")) {
                    parameters.add(pair);
                }
            }
        });
        parameters.add("page=" + page);
        return "<" + baseUrl + request.path() + "?" + String.join("&", parameters) + ">; rel=\"" + rel + "\"";
    }

    private static int intParameter(ReceivedRequest request, String name, int fallback) {
        try {
            return request.queryParameter(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException bad) {
            return fallback;
        }
    }
}
