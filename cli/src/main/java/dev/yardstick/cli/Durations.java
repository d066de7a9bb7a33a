package dev.yardstick.cli;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;

/** Parses durations the way configuration does ({@code 90s}, {@code 15m}, {@code 1h}). */
final class Durations {
    private Durations() {
    }

    static Duration parse(String text, String option) {
        try {
            Duration value = ConfigFactory.parseString("d = \"" + text.replace("\"", "") + "\"").getDuration("d");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(option + " must be positive, got " + text);
            }
            return value;
        } catch (ConfigException e) {
            throw new IllegalArgumentException(option + ": not a duration: " + text + " (try 90s, 15m or 1h)", e);
        }
    }
}
