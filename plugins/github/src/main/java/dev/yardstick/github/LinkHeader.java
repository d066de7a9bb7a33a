package dev.yardstick.github;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of a GitHub {@code Link} header, the only way Yardstick pages. */
final class LinkHeader {
    private static final Pattern ENTRY = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    private LinkHeader() {
    }

    /**
     * Finds the next page.
     *
     * @param header the Link header value
     * @param base the URI of the page the header came with, for relative targets
     * @return the next page, or empty on the last page
     */
    static Optional<URI> next(String header, URI base) {
        Matcher entry = ENTRY.matcher(header);
        while (entry.find()) {
            Matcher rel = NEXT.matcher(entry.group(2));
            while (rel.find()) {
                for (String name : rel.group(1).trim().split("\\s+")) {
                    if (name.equals("next")) {
                        return Optional.of(base.resolve(entry.group(1).trim()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
