package dev.yardstick.api.config;

import static java.util.Objects.requireNonNull;

/**
 * A resolved secret value. It renders as {@value #REDACTED} in {@code toString}, so it cannot leak through
 * logs, exception messages or string concatenation; the value is only available through {@link #reveal()}.
 */
public final class Secret {
    /** What a secret renders as. */
    public static final String REDACTED = "[REDACTED]";

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "secret value is null");
    }

    /**
     * Wraps a value.
     *
     * @param value the plain value
     * @return the secret
     */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * Returns the plain value, for use in a request header and nowhere else.
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    /**
     * Tells whether the value is empty.
     *
     * @return true when the secret holds no characters
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret && ((Secret) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
