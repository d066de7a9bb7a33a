package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * When {@link Yardstick#schedule} runs: every {@code period} on the instance's clock, each start delayed by a
 * random amount of up to {@code jitter} (so that many deployments do not hit the upstream APIs at the same
 * second), never two runs at once.
 *
 * @param period the interval between planned starts; empty = {@code yardstick.run.every}
 * @param jitter the most added to each planned start; empty = {@code yardstick.run.jitter}
 * @param options what each run collects and whether it delivers
 * @param random the source of jitter (tests pass a seeded one)
 */
public record Schedule(Optional<Duration> period, Optional<Duration> jitter, RunOptions options,
        RandomGenerator random) {

    /** Validates the components. */
    public Schedule {
        requireNonNull(period, "period is null");
        requireNonNull(jitter, "jitter is null");
        requireNonNull(options, "options is null");
        requireNonNull(random, "random is null");
        period.filter(value -> value.isNegative() || value.isZero()).ifPresent(value -> {
            throw new IllegalArgumentException("the schedule period must be positive, got " + value);
        });
        jitter.filter(Duration::isNegative).ifPresent(value -> {
            throw new IllegalArgumentException("the schedule jitter must not be negative, got " + value);
        });
    }

    /**
     * Returns the configured schedule ({@code yardstick.run.every} and {@code .jitter}) for the given runs.
     *
     * @param options what each run does
     * @return the schedule
     */
    public static Schedule configured(RunOptions options) {
        return new Schedule(Optional.empty(), Optional.empty(), options, new Random());
    }

    /**
     * Returns this schedule with another period.
     *
     * @param value the period
     * @return the new schedule
     */
    public Schedule every(Duration value) {
        return new Schedule(Optional.of(value), jitter, options, random);
    }

    /**
     * Returns this schedule with another jitter.
     *
     * @param value the most added to each start
     * @return the new schedule
     */
    public Schedule jitter(Duration value) {
        return new Schedule(period, Optional.of(value), options, random);
    }

    /**
     * Returns this schedule with another random source.
     *
     * @param value the source of jitter
     * @return the new schedule
     */
    public Schedule random(RandomGenerator value) {
        return new Schedule(period, jitter, options, value);
    }
}
