package dev.yardstick.sandbox.skypilot;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The data a {@link SkypilotSimulator} serves: clusters and the managed-job queue as of a reference instant. Tests
 * compute expected metric values from these objects directly.
 *
 * @param reference the instant the data describes ("now" for the simulated API server)
 * @param clusters the clusters
 * @param jobs the managed jobs, in queue order
 */
public record SkypilotDataSet(Instant reference, List<SkypilotClusterData> clusters, List<SkypilotJobData> jobs) {

    /** The reference instant of the default data set: {@code --at 2026-11-20T12:00:00Z} is "now" for it. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");

    public SkypilotDataSet {
        Objects.requireNonNull(reference, "reference");
        clusters = List.copyOf(clusters);
        jobs = List.copyOf(jobs);
    }

    /** Returns the default, seeded data set as of {@link #DEFAULT_REFERENCE}. */
    public static SkypilotDataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /**
     * Returns the default data set shifted to another reference instant (truncated to seconds): the same clusters
     * and jobs at the same distances from the reference. {@code yardstick demo} uses "now".
     */
    public static SkypilotDataSet standard(Instant reference) {
        return SkypilotDataGenerator.generate(20261120L, reference.truncatedTo(ChronoUnit.SECONDS));
    }
}
