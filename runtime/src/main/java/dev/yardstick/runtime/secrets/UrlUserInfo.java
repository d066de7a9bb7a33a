package dev.yardstick.runtime.secrets;

import dev.yardstick.api.config.Secret;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the user information of URLs ({@code https://user:password@proxy.example/}) in any text. A URL's
 * password is a secret wherever the URL is written — an {@code api-url}, a proxy, an exception message — so
 * every rendering of text for people passes through {@link #redact}.
 */
public final class UrlUserInfo {
    /** A scheme, {@code //}, then everything up to the last {@code @} before the host ends. */
    private static final Pattern USER_INFO = Pattern.compile("(\\b[A-Za-z][A-Za-z0-9+.-]*://)([^/\\s?#\"'<>]*)@");

    private UrlUserInfo() {
    }

    /**
     * Replaces the user information of every URL in a text by {@value Secret#REDACTED}.
     *
     * @param text any text; null is returned as is
     * @return the text, e.g. {@code http://[REDACTED]@proxy:3128/}
     */
    public static String redact(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return USER_INFO.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1))
                + Matcher.quoteReplacement(Secret.REDACTED) + "@");
    }

    /**
     * Returns the passwords found in the URLs of a text, as written and percent-decoded, so that a redactor can
     * also hide them where they appear outside a URL.
     *
     * @param text any text
     * @return the non-empty passwords
     */
    public static Set<String> passwords(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.indexOf('@') < 0) {
            return found;
        }
        Matcher matcher = USER_INFO.matcher(text);
        while (matcher.find()) {
            String userInfo = matcher.group(2);
            int colon = userInfo.indexOf(':');
            String password = colon < 0 ? "" : userInfo.substring(colon + 1);
            if (!password.isEmpty()) {
                found.add(password);
                found.add(decoded(password));
            }
        }
        return found;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
