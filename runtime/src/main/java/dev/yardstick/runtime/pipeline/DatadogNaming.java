package dev.yardstick.runtime.pipeline;

import java.util.Locale;
import java.util.Optional;

/**
 * Datadog's rules for metric names and tags, applied deterministically: names keep ASCII letters, digits,
 * {@code _} and {@code .}, start with a letter and have at most 200 characters; tags are lower-cased (as Datadog
 * does), keep letters, digits, {@code _ - : . /}, start with a letter, do not end with {@code :} and have at
 * most 200 characters. Other characters become {@code _}.
 */
public final class DatadogNaming {
    static final int MAX_LENGTH = 200;

    private DatadogNaming() {
    }

    /**
     * Repairs a metric name.
     *
     * @param name the name a collector emitted
     * @return the valid name, or empty when nothing valid remains
     */
    public static Optional<String> metricName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
            if (out.length() == 0 && !(c < 128 && Character.isLetter(c))) {
                continue;
            }
            out.append(allowed ? c : '_');
        }
        return finish(out);
    }

    /**
     * Repairs a rendered tag ({@code key:value} or {@code key}).
     *
     * @param tag the tag
     * @return the valid tag, or empty when it does not start with a letter
     */
    public static Optional<String> tag(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(0))) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            boolean allowed = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '/';
            out.appendCodePoint(allowed ? c : '_');
        });
        while (out.length() > 0 && out.charAt(out.length() - 1) == ':') {
            out.setLength(out.length() - 1);
        }
        return finish(out);
    }

    private static Optional<String> finish(StringBuilder out) {
        if (out.length() > MAX_LENGTH) {
            out.setLength(MAX_LENGTH);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
