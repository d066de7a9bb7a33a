package dev.yardstick.sandbox.intake;

import java.util.Optional;

/**
 * Datadog's metric-name and tag rules. The real intake rewrites offending characters; the simulator reports them, so
 * that a sender that fails to sanitise is caught in tests.
 */
public final class IntakeNameRules {

    private IntakeNameRules() {
    }

    /**
     * Checks a metric name: starts with an ASCII letter; only ASCII letters, digits, {@code _} and {@code .};
     * at most 200 characters.
     *
     * @return the problem, or empty when the name is valid
     */
    public static Optional<String> metricNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("metric name is empty");
        }
        if (name.length() > IntakeLimits.MAX_METRIC_NAME_LENGTH) {
            return Optional.of("metric name is " + name.length() + " characters, more than "
                    + IntakeLimits.MAX_METRIC_NAME_LENGTH);
        }
        if (!isAsciiLetter(name.charAt(0))) {
            return Optional.of("metric name '" + name + "' must start with an ASCII letter");
        }
        return name.chars().filter(c -> !isAsciiLetter(c) && !isAsciiDigit(c) && c != '_' && c != '.')
                .mapToObj(c -> "metric name '" + name + "' contains '" + Character.toString(c)
                        + "'; only ASCII letters, digits, '_' and '.' are allowed")
                .findFirst();
    }

    /**
     * Checks a tag: starts with a letter; only letters, digits, {@code _ - : . /}; does not end with {@code :};
     * at most 200 characters.
     *
     * @return the problem, or empty when the tag is valid
     */
    public static Optional<String> tagProblem(String tag) {
        if (tag.isEmpty()) {
            return Optional.of("tag is empty");
        }
        if (tag.length() > IntakeLimits.MAX_TAG_LENGTH) {
            return Optional.of("tag is " + tag.length() + " characters, more than " + IntakeLimits.MAX_TAG_LENGTH);
        }
        if (!Character.isLetter(tag.codePointAt(0))) {
            return Optional.of("tag '" + tag + "' must start with a letter");
        }
        if (tag.endsWith(":")) {
            return Optional.of("tag '" + tag + "' must not end with ':'");
        }
        return tag.codePoints().filter(c -> !Character.isLetterOrDigit(c) && "_-:./".indexOf(c) < 0)
                .mapToObj(c -> "tag '" + tag + "' contains '" + Character.toString(c)
                        + "'; only letters, digits, '_', '-', ':', '.' and '/' are allowed")
                .findFirst();
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
