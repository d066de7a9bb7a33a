package dev.yardstick.sandbox.intake;

import java.time.Duration;

/** The real intake's published limits, which the simulator enforces (see the Datadog reference, section 1). */
public final class IntakeLimits {

    /** Largest request body on the wire, compressed or not. */
    public static final long MAX_COMPRESSED_BYTES = 512_000;
    /** Largest body once decompressed. */
    public static final long MAX_DECOMPRESSED_BYTES = 5_242_880;
    /** Oldest accepted point, relative to the intake's clock. */
    public static final Duration MAX_AGE = Duration.ofHours(1);
    /** Furthest accepted point in the future, relative to the intake's clock. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(10);
    /** Longest metric name. */
    public static final int MAX_METRIC_NAME_LENGTH = 200;
    /** Longest tag. */
    public static final int MAX_TAG_LENGTH = 200;

    private IntakeLimits() {
    }
}
