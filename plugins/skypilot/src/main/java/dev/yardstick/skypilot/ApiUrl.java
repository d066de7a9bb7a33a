package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The {@code api-url} setting split into the root the requests go to and the basic-auth credentials written in
 * its user info. The URL may be a secret reference, so that a password in it stays out of {@code config show};
 * no message here ever repeats the URL's text.
 *
 * @param root scheme, host, port and path, without user info or trailing slash
 * @param basicAuth {@code user:password}, percent-decoded, if the URL carried them
 */
record ApiUrl(URI root, Optional<Secret> basicAuth) {
    private static final String KEY = "api-url";

    ApiUrl {
        requireNonNull(root, "root is null");
        requireNonNull(basicAuth, "basicAuth is null");
    }

    static ApiUrl parse(CollectorConfig config) {
        if (!config.hasPath(KEY)) {
            throw config.invalid(KEY, "the SkyPilot API server URL is required, e.g. "
                    + "\"http://skypilot-api-server.skypilot.svc\"");
        }
        String text = config.getString(KEY);
        if (text.startsWith("secret:")) {
            text = config.getSecret(KEY).reveal();
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException bad) {
            throw config.invalid(KEY, "is not a URL (" + bad.getReason() + " at index " + bad.getIndex() + ")");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw config.invalid(KEY, "must be an http(s) URL with a host and without query, e.g. "
                    + "\"https://skypilot.example.com\"");
        }
        return new ApiUrl(root(uri), basicAuth(config, uri));
    }

    private static URI root(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String host = uri.getHost();
        return URI.create(uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
    }

    private static Optional<Secret> basicAuth(CollectorConfig config, URI uri) {
        String userInfo = uri.getUserInfo();
        if (userInfo == null) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        if (colon <= 0) {
            throw config.invalid(KEY, "user info must be user:password for HTTP basic auth");
        }
        return Optional.of(Secret.of(userInfo));
    }
}
