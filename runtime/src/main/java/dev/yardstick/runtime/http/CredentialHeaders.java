package dev.yardstick.runtime.http;

import dev.yardstick.api.config.Secret;
import dev.yardstick.runtime.secrets.UrlUserInfo;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recognises headers and query parameters that carry credentials ({@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie}, and any name containing {@code token} or {@code key}) and
 * renders requests for logs with their values replaced by {@value Secret#REDACTED}.
 */
public final class CredentialHeaders {

    private CredentialHeaders() {
    }

    /**
     * Tells whether a header or query parameter name carries a credential.
     *
     * @param name the name, in any case
     * @return true for credential names
     */
    public static boolean isCredential(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.equals("cookie")
                || lower.contains("token") || lower.contains("key") || lower.contains("secret");
    }

    /**
     * Returns the credential headers of a request, sorted by lower-case name, for cache keys.
     *
     * @param headers request headers
     * @return lower-case name to value
     */
    public static Map<String, String> credentials(Map<String, String> headers) {
        TreeMap<String, String> out = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (isCredential(name)) {
                out.put(name.toLowerCase(Locale.ROOT), value);
            }
        });
        return out;
    }

    /**
     * Renders headers for a log line with credential values redacted.
     *
     * @param headers request headers
     * @return {@code {Accept=application/json, Authorization=[REDACTED]}}
     */
    public static String redacted(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + (isCredential(e.getKey()) ? Secret.REDACTED : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /**
     * Renders a URL for a log line with its user information and credential query parameter values redacted.
     *
     * @param rawUrl the URL
     * @return the URL, e.g. {@code https://h/p?api_key=[REDACTED]&page=2}
     */
    public static String redactedUrl(String rawUrl) {
        String url = UrlUserInfo.redact(rawUrl);
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String[] pairs = url.substring(query + 1).split("&", -1);
        StringBuilder out = new StringBuilder(url.substring(0, query + 1));
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            out.append(i == 0 ? "" : "&").append(eq >= 0 && isCredential(name) ? name + "=" + Secret.REDACTED
                    : pairs[i]);
        }
        return out.toString();
    }
}
