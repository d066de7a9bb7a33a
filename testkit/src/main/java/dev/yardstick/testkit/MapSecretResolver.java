package dev.yardstick.testkit;

import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.config.SecretResolver;
import java.util.Map;

/**
 * Resolves secret references from a fixed map of reference to value, for tests. A value that is not a
 * {@code secret:} reference is returned as a literal secret, as the runtime does.
 */
public final class MapSecretResolver implements SecretResolver {
    private final Map<String, String> values;

    /**
     * Creates a resolver.
     *
     * @param values secret values by full reference, e.g. {@code "secret:env:GITHUB_TOKEN" -> "t0ken"}
     */
    public MapSecretResolver(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    @Override
    public Secret resolve(String reference) {
        if (!reference.startsWith("secret:")) {
            return Secret.of(reference);
        }
        String value = values.get(reference);
        if (value == null) {
            throw new ConfigurationException(reference, "secret reference " + reference + " cannot be resolved");
        }
        return Secret.of(value);
    }
}
