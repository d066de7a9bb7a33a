package dev.yardstick.api.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A collector's own configuration block, with the defaults of its plugin's {@code reference.conf} merged in.
 *
 * <p>Paths are relative to the block (for example {@code repos}). Getters never invent defaults: a missing or
 * mistyped value throws {@link ConfigurationException} naming the full HOCON path and the file and line it
 * came from. Secret references in values read with {@link #getSecret} are resolved by the host.
 */
public interface CollectorConfig {

    /**
     * Returns the collector id, its key under {@code yardstick.collectors}.
     *
     * @return the id, e.g. {@code github} or {@code github/oss}
     */
    String id();

    /**
     * Returns the full HOCON path of this block, used to build error messages.
     *
     * @return the path, e.g. {@code yardstick.collectors.github}
     */
    String path();

    /**
     * Tells whether a setting is present and not null.
     *
     * @param path the relative path
     * @return true when present
     */
    boolean hasPath(String path);

    /**
     * Reads a string.
     *
     * @param path the relative path
     * @return the value
     */
    String getString(String path);

    /**
     * Reads an int.
     *
     * @param path the relative path
     * @return the value
     */
    int getInt(String path);

    /**
     * Reads a long.
     *
     * @param path the relative path
     * @return the value
     */
    long getLong(String path);

    /**
     * Reads a double.
     *
     * @param path the relative path
     * @return the value
     */
    double getDouble(String path);

    /**
     * Reads a boolean.
     *
     * @param path the relative path
     * @return the value
     */
    boolean getBoolean(String path);

    /**
     * Reads a duration written in HOCON duration syntax ({@code 120s}, {@code 7d}).
     *
     * @param path the relative path
     * @return the value
     */
    Duration getDuration(String path);

    /**
     * Reads a list of strings.
     *
     * @param path the relative path
     * @return the values, unmodifiable
     */
    List<String> getStringList(String path);

    /**
     * Reads a secret the collector cannot work without: the setting must be present and its value not empty.
     *
     * @param path the relative path of a secret reference (or literal)
     * @param what what the secret is, for the message, e.g. {@code "a GitHub token"}
     * @param example a reference to suggest, e.g. {@code "secret:env:GITHUB_TOKEN"}
     * @return the resolved secret
     * @throws ConfigurationException naming the setting when it is missing or empty
     */
    default Secret getRequiredSecret(String path, String what, String example) {
        if (!hasPath(path)) {
            throw invalid(path, what + " is required, e.g. \"" + example + "\"");
        }
        Secret secret = getSecret(path);
        if (secret.isEmpty()) {
            throw invalid(path, what + " is empty");
        }
        return secret;
    }

    /**
     * Reads the root URL of an HTTP API: {@code http} or {@code https}, with a host, without query or fragment;
     * trailing slashes are removed so that paths can be appended. Every collector that talks to an API reads its
     * {@code api-url} (or endpoint override) this way, so all of them accept and refuse the same URLs.
     *
     * @param path the relative path of a string setting
     * @return the URL without trailing slashes
     * @throws ConfigurationException naming the setting when it is not such a URL
     */
    default URI getHttpUrl(String path) {
        String text = getString(path).replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException bad) {
            throw invalid(path, "is not a URL: " + bad.getMessage());
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw invalid(path, "must be an http(s) URL with a host and without query, e.g. https://api.example.com");
        }
        return uri;
    }

    /**
     * Reads a regular expression ({@link java.util.regex.Pattern} syntax), so that every collector refuses an
     * invalid one with the same message, naming the setting and where the expression breaks.
     *
     * @param path the relative path of a string setting
     * @return the compiled expression
     * @throws ConfigurationException naming the setting when the expression does not compile
     */
    default Pattern getPattern(String path) {
        String text = getString(path);
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException bad) {
            throw invalid(path, "is not a valid regular expression: " + bad.getDescription() + " near index "
                    + bad.getIndex());
        }
    }

    /**
     * Reads a list of objects, such as ordered rules ({@code [{type = a, match = "x"}, ...]}). Each element is a
     * nested block whose path is the list's path followed by {@code [index]}, so that its errors name the
     * element, e.g. {@code yardstick.collectors.wandb.run-types[2].match}.
     *
     * <p>The default implementation, for hosts that predate this method, reports the setting as unsupported.
     *
     * @param path the relative path of a list of objects
     * @return the elements, in list order, unmodifiable
     */
    default List<CollectorConfig> getConfigList(String path) {
        throw invalid(path, "lists of objects are not supported by this host");
    }

    /**
     * Reads a secret reference and resolves it.
     *
     * @param path the relative path
     * @return the resolved secret
     */
    Secret getSecret(String path);

    /**
     * Returns a nested block.
     *
     * @param path the relative path of an object
     * @return the nested block
     */
    CollectorConfig getConfig(String path);

    /**
     * Returns the keys directly under this block.
     *
     * @return the keys
     */
    Set<String> keys();

    /**
     * Creates the exception to throw for an invalid value, naming the full path and the value's origin.
     *
     * @param path the relative path of the offending setting
     * @param problem what is wrong with it
     * @return the exception
     */
    ConfigurationException invalid(String path, String problem);
}
