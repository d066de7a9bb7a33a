package dev.yardstick.runtime.secrets;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.Secret;
import dev.yardstick.hocon.SecretKeys;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Knows every secret: the values resolved from references, the literal values found at secret paths, and
 * the secret paths themselves ({@link SecretKeys} plus the keys each collector declares), and the passwords of
 * URLs in the configuration. Replaces secret values, and the user information of every URL
 * ({@link UrlUserInfo}), in any text with {@value Secret#REDACTED}.
 */
public final class Redactor {
    /** Values this short are not redacted: replacing them would mangle ordinary text. */
    private static final int MIN_LENGTH = 4;

    private final Set<String> secretPaths;
    private final Supplier<Set<String>> secretValues;

    /**
     * Creates a redactor.
     *
     * @param secretPaths full HOCON paths holding secrets, beyond those {@link SecretKeys} recognises by name
     * @param secretValues the secret values, read at each call so that secrets resolved later are covered
     */
    public Redactor(Set<String> secretPaths, Supplier<Set<String>> secretValues) {
        this.secretPaths = Set.copyOf(secretPaths);
        this.secretValues = requireNonNull(secretValues, "secretValues is null");
    }

    /**
     * Creates the redactor of a configuration: literal values at secret paths plus everything the resolver
     * resolved (now or later).
     *
     * @param config the resolved configuration
     * @param collectorSecretPaths the full paths of the collectors' declared secret keys
     * @param resolver the resolver of the process
     * @return the redactor
     */
    public static Redactor of(Config config, Set<String> collectorSecretPaths, SecretReferences resolver) {
        Set<String> paths = new HashSet<>(SecretKeys.FIXED_PATHS);
        paths.addAll(collectorSecretPaths);
        Redactor byPath = new Redactor(paths, Set::of);
        Set<String> literals = new HashSet<>();
        for (Map.Entry<String, ConfigValue> entry : config.entrySet()) {
            ConfigValue value = entry.getValue();
            if (value.valueType() != ConfigValueType.STRING) {
                continue;
            }
            String text = (String) value.unwrapped();
            if (byPath.isSecretPath(entry.getKey()) && !SecretReferences.isReference(text)) {
                literals.add(text);
            }
            literals.addAll(UrlUserInfo.passwords(text));
        }
        Set<String> fixedLiterals = Set.copyOf(literals);
        return new Redactor(paths, () -> {
            Set<String> all = new HashSet<>(fixedLiterals);
            all.addAll(resolver.resolvedValues());
            return all;
        });
    }

    /**
     * Tells whether a path holds a secret.
     *
     * @param path a full HOCON path
     * @return true for declared secret paths and keys named like secrets
     */
    public boolean isSecretPath(String path) {
        return secretPaths.contains(path) || SecretKeys.looksSecret(SecretKeys.lastKey(path));
    }

    /**
     * Replaces every known secret value (longer than three characters) and the user information of every URL in
     * a text.
     *
     * @param text any text, e.g. a log line or an exception message
     * @return the text with secrets replaced by {@value Secret#REDACTED}
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = UrlUserInfo.redact(text);
        for (String value : secretValues.get().stream().filter(v -> v.length() >= MIN_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            result = result.replace(value, Secret.REDACTED);
        }
        return result;
    }
}
