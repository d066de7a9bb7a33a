package dev.yardstick.sandbox.github;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The data a {@link GithubSimulator} serves: repositories as of a reference instant. Tests compute expected
 * metric values from these objects directly.
 *
 * @param reference the instant the data describes ("now" for the simulated GitHub)
 * @param repos the repositories
 */
public record GithubDataSet(Instant reference, List<RepoData> repos) {

    public GithubDataSet {
        Objects.requireNonNull(reference, "reference");
        repos = List.copyOf(repos);
    }

    /** The reference instant of the default data set: {@code --at 2026-11-20T12:00:00Z} is "now" for it. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");

    /** Returns the default, seeded data set, as of {@link #DEFAULT_REFERENCE}. */
    public static GithubDataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /**
     * Returns the default data set shifted to another reference instant (truncated to seconds): the same
     * repositories and events, at the same distances from the reference. {@code yardstick demo} uses "now",
     * so that its points are fresh enough for the Datadog intake.
     */
    public static GithubDataSet standard(Instant reference) {
        return GithubDataGenerator.generate(20261120L, reference.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** Returns a repository by {@code owner/name}. */
    public RepoData repo(String fullName) {
        return repos.stream().filter(repo -> repo.fullName().equals(fullName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no simulated repository " + fullName));
    }
}
