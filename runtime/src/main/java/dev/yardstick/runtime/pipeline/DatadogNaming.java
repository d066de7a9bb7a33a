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
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '/';
            out.appendCodePoint(allowed ? c : '_');
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ':') {
            out.setLength(out.length() - 1);
        }
        return finish(out);
    }

    /**
     * Tells, without allocating, whether {@link #metricName} would return the name unchanged. Only ASCII names are
     * recognised; any other name takes the repairing path.
     *
     * @param name the name
     * @return true when the name is already valid
     */
    public static boolean isValidMetricName(String name) {
        int length = name.length();
        if (length == 0 || length > MAX_LENGTH || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = name.charAt(i);
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells, without allocating, whether {@link #tag} would return the rendered tag {@code key:value} (or
     * {@code key} when the value is empty) unchanged. Only lower-case ASCII tags are recognised; any other tag
     * takes the repairing path.
     *
     * @param key the tag key
     * @param value the tag value, empty for a bare key
     * @return true when the rendered tag is already valid
     */
    public static boolean isValidTag(String key, String value) {
        int length = value.isEmpty() ? key.length() : key.length() + 1 + value.length();
        if (key.isEmpty() || length > MAX_LENGTH) {
            return false;
        }
        char first = key.charAt(0);
        String last = value.isEmpty() ? key : value;
        return first >= 'a' && first <= 'z' && last.charAt(last.length() - 1) != ':'
                && key.indexOf(':') < 0 && allowedInTag(key) && allowedInTag(value);
    }

    private static boolean allowedInTag(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || isAsciiDigit(c) || c == '_' || c == '-' || c == ':'
                    || c == '.' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<String> finish(StringBuilder out) {
        if (out.length() > MAX_LENGTH) {
            out.setLength(MAX_LENGTH);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
