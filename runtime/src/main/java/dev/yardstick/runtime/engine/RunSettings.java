package dev.yardstick.runtime.engine;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Settings of {@code yardstick.run}.
 *
 * @param timeoutPerCollector the default hard limit on one collector
 * @param deadline the hard limit on a whole run
 * @param parallelism collectors running at once
 * @param every the default period of {@code run --every}
 * @param jitter the most added to each wait between runs
 * @param shutdownGrace how long a SIGTERM leaves to deliver or spool what is in flight
 */
public record RunSettings(Duration timeoutPerCollector, Duration deadline, int parallelism, Duration every,
        Duration jitter, Duration shutdownGrace) {

    /** Validates. */
    public RunSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("yardstick.run.parallelism must be at least 1, got " + parallelism);
        }
        if (timeoutPerCollector.isNegative() || timeoutPerCollector.isZero() || deadline.isNegative()
                || deadline.isZero()) {
            throw new IllegalArgumentException("yardstick.run timeouts must be positive");
        }
        if (shutdownGrace.isNegative() || shutdownGrace.isZero()) {
            throw new IllegalArgumentException("yardstick.run.shutdown-grace must be positive, got " + shutdownGrace);
        }
    }

    /**
     * Reads the settings.
     *
     * @param yardstick the resolved {@code yardstick} block
     * @return the settings
     */
    public static RunSettings from(Config yardstick) {
        return new RunSettings(yardstick.getDuration("run.timeout-per-collector"),
                yardstick.getDuration("run.deadline"), yardstick.getInt("run.parallelism"),
                yardstick.getDuration("run.every"), yardstick.getDuration("run.jitter"), yardstick.getDuration("run.shutdown-grace"));
    }
}
