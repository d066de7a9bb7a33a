package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks that a value has the type of the reference value at the same path. A reference string that reads
 * as a duration ({@code 120s}) or a size ({@code 64MiB}) demands one; a {@code null} reference accepts any
 * scalar; a plain string given where a number, boolean or duration is expected is converted as typesafe does.
 */
final class ValueTypes {
    private static final String KEY = "value";

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
