package dev.yardstick.api.config;

/**
 * Resolves secret references. The forms are {@code secret:env:NAME} (an environment variable),
 * {@code secret:file:PATH} (a file's content, trailing newline removed) and {@code secret:aws:NAME}
 * (AWS Secrets Manager). Each reference is resolved once per process and cached.
 */
public interface SecretResolver {

    /**
     * Resolves a reference. A value that is not a reference is returned as a literal secret.
     *
     * @param reference a secret reference or a literal value
     * @return the secret
     * @throws ConfigurationException if the reference cannot be resolved; the message names the reference,
     *     never the value
     */
    Secret resolve(String reference);
}
