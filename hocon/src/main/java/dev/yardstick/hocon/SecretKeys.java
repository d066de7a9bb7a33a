package dev.yardstick.hocon;

import com.typesafe.config.ConfigUtil;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which configuration keys hold secrets: {@code yardstick.datadog.api-key}, {@code yardstick.datadog.app-key},
 * and any key whose name contains {@code token}, {@code password} or {@code secret} or ends with {@code -key}.
 * Collector-declared secret keys are added by {@link Redactor}.
 */
public final class SecretKeys {
    /** The secret paths every installation has. */
    public static final Set<String> FIXED_PATHS = Set.of("yardstick.datadog.api-key", "yardstick.datadog.app-key");

    private SecretKeys() {
    }

    /**
     * Tells whether a key name looks like it holds a secret.
     *
     * @param keyName the last element of a path, e.g. {@code token}
     * @return true for names containing token, password or secret, or ending with -key
     */
    public static boolean looksSecret(String keyName) {
        String name = keyName.toLowerCase(Locale.ROOT);
        return name.contains("token") || name.contains("password") || name.contains("secret") || name.endsWith("-key");
    }

    /**
     * Returns the last element of a HOCON path.
     *
     * @param path a path such as {@code yardstick.collectors."github/oss".token}
     * @return its last key, e.g. {@code token}
     */
    public static String lastKey(String path) {
        List<String> keys = ConfigUtil.splitPath(path);
        return keys.get(keys.size() - 1);
    }
}
