package dev.yardstick.api.config;

/**
 * A setting is missing or invalid. The message names the full HOCON path, and, when known, the file and line
 * the value came from. It never contains a secret value.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates an exception.
     *
     * @param path the full HOCON path of the offending setting
     * @param message what is wrong, including where the value came from when known
     */
    public ConfigurationException(String path, String message) {
        super(message);
        this.path = path;
    }

    /**
     * Returns the full HOCON path of the offending setting.
     *
     * @return the path, e.g. {@code yardstick.collectors.github.repos}
     */
    public String path() {
        return path;
    }
}
