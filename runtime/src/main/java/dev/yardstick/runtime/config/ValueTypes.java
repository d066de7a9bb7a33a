package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks that a value has the type of the reference value at the same path. A reference string that reads
 * as a duration ({@code 120s}) or a size ({@code 64MiB}) demands one; a {@code null} reference accepts any
 * scalar; a plain string given where a number, boolean or duration is expected is converted as typesafe does.
 *
 * <p>Then that it is in range ({@link #outOfRange}): durations are positive (a {@code jitter} may be zero), and
 * where the reference holds a number or size that is not negative (every count, limit and size Yardstick has), so
 * must the value. A {@code null} reference (e.g. a collector's {@code timeout}) is held to a duration's range
 * when its key names a timeout or deadline or its value reads as a duration with a unit.
 */
final class ValueTypes {
    private static final String KEY = "value";
    /** Durations for which zero means "none" rather than "always expired". */
    private static final Set<String> ZERO_ALLOWED = Set.of("jitter");

    private ValueTypes() {
    }

    /**
     * Returns what is wrong with a value, or empty when it fits.
     *
     * @param actual the user's value
     * @param reference the reference value
     * @param showValue whether the message may quote the value (false for secret keys)
     * @return the problem message, e.g. {@code expected a duration, got 'abc'}
     */
    static Optional<String> mismatch(ConfigValue actual, ConfigValue reference, boolean showValue) {
        if (actual.valueType() == ConfigValueType.NULL) {
            return Optional.empty();
        }
        String expected = expected(reference);
        boolean fits = switch (expected) {
            case "a single value" -> isScalar(actual);
            case "an object" -> actual.valueType() == ConfigValueType.OBJECT;
            case "a list" -> actual.valueType() == ConfigValueType.LIST;
            case "a number" -> converts(actual, config -> config.getNumber(KEY));
            case "a boolean" -> converts(actual, config -> config.getBoolean(KEY));
            case "a duration" -> converts(actual, config -> config.getDuration(KEY));
            case "a size in bytes" -> converts(actual, config -> config.getBytes(KEY));
            default -> isScalar(actual);
        };
        return fits ? Optional.empty() : Optional.of("expected " + expected + ", got " + describe(actual, showValue));
    }

    /**
     * Returns what is out of range in a value that fits its reference's type, or empty when it is in range.
     *
     * @param key the value's key (its last path element)
     * @param actual the user's value, already known to fit
     * @param reference the reference value
     * @return the problem message, e.g. {@code must be a positive duration, got '-1s'}
     */
    static Optional<String> outOfRange(String key, ConfigValue actual, ConfigValue reference) {
        if (!isScalar(actual) || actual.valueType() == ConfigValueType.NULL) {
            return Optional.empty();
        }
        String expected = expected(reference);
        Config holder = ConfigFactory.empty().withValue(KEY, actual);
        try {
            if ("a duration".equals(expected) || ("a single value".equals(expected) && durationLike(key, actual))) {
                Duration duration = holder.getDuration(KEY);
                boolean zeroAllowed = ZERO_ALLOWED.contains(key);
                return duration.isNegative() || (duration.isZero() && !zeroAllowed)
                        ? Optional.of("must be a " + (zeroAllowed ? "non-negative" : "positive") + " duration, got '"
                                + actual.unwrapped() + "'")
                        : Optional.empty();
            }
            boolean nonNegativeReference = reference.valueType() == ConfigValueType.NUMBER
                    ? ((Number) reference.unwrapped()).doubleValue() >= 0 : "a size in bytes".equals(expected);
            if (nonNegativeReference && ("a number".equals(expected) ? holder.getDouble(KEY) < 0
                    : holder.getBytes(KEY) < 0)) {
                return Optional.of("must not be negative, got '" + actual.unwrapped() + "'");
            }
        } catch (ConfigException e) {
            return Optional.empty(); // a type mismatch, reported by mismatch()
        }
        return Optional.empty();
    }

    private static boolean durationLike(String key, ConfigValue actual) {
        if (key.endsWith("timeout") || key.endsWith("deadline")) {
            return converts(actual, config -> config.getDuration(KEY));
        }
        return actual.valueType() == ConfigValueType.STRING && !((String) actual.unwrapped()).isBlank()
                && ((String) actual.unwrapped()).trim().matches("[-+]?[0-9.]+\\s*[a-zA-Z]+")
                && converts(actual, config -> config.getDuration(KEY));
    }

    private static String expected(ConfigValue reference) {
        switch (reference.valueType()) {
            case NULL:
                return "a single value";
            case OBJECT:
                return "an object";
            case LIST:
                return "a list";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            default:
                return expectedString((String) reference.unwrapped());
        }
    }

    private static String expectedString(String text) {
        if (!text.isEmpty() && Character.isDigit(text.charAt(0)) && !text.chars().allMatch(Character::isDigit)) {
            ConfigValue value = ConfigValueFactory.fromAnyRef(text);
            if (converts(value, config -> config.getDuration(KEY))) {
                return "a duration";
            }
            if (converts(value, config -> config.getBytes(KEY))) {
                return "a size in bytes";
            }
        }
        return "a string";
    }

    private static boolean isScalar(ConfigValue value) {
        return value.valueType() != ConfigValueType.OBJECT && value.valueType() != ConfigValueType.LIST;
    }

    private static boolean converts(ConfigValue value, Consumer<Config> read) {
        try {
            read.accept(ConfigFactory.empty().withValue(KEY, value));
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    private static String describe(ConfigValue value, boolean showValue) {
        switch (value.valueType()) {
            case OBJECT:
                return "an object";
            case LIST:
                return "a list";
            default:
                return showValue ? "'" + value.unwrapped() + "'" : "a " + value.valueType().name().toLowerCase();
        }
    }
}
