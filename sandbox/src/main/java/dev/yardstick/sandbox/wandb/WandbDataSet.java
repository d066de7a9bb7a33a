package dev.yardstick.sandbox.wandb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The data a {@link WandbSimulator} serves: projects as of a reference instant. Tests compute expected metric
 * values from these objects directly.
 *
 * @param reference the instant the data describes ("now" for the simulated W&B)
 * @param projects the projects
 */
public record WandbDataSet(Instant reference, List<WandbProjectData> projects) {

    /** The reference instant of the default data set: {@code --at 2026-11-20T12:00:00Z} is "now" for it. */
    public static final Instant DEFAULT_REFERENCE = Instant.parse("2026-11-20T12:00:00Z");
    /** The entity of the default projects. */
    public static final String ENTITY = "metta-research";
    /** The busy default project: a few thousand runs over 60 days, every state and run type, edge cases. */
    public static final String MAIN_PROJECT = "metta";
    /** A small project without {@code local} runs. */
    public static final String SMALL_PROJECT = "research";
    /** A project without runs. */
    public static final String EMPTY_PROJECT = "empty";

    public WandbDataSet {
        Objects.requireNonNull(reference, "reference");
        projects = List.copyOf(projects);
    }

    /** Returns the default, seeded data set, as of {@link #DEFAULT_REFERENCE}. */
    public static WandbDataSet standard() {
        return standard(DEFAULT_REFERENCE);
    }

    /**
     * Returns the default data set shifted to another reference instant (truncated to seconds): the same runs at
     * the same distances from the reference. {@code yardstick demo} uses "now".
     */
    public static WandbDataSet standard(Instant reference) {
        return WandbDataGenerator.generate(20261120L, reference.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Returns a project by entity and name, if simulated. */
    public Optional<WandbProjectData> find(String entity, String name) {
        return projects.stream().filter(p -> p.entity().equals(entity) && p.name().equals(name)).findFirst();
    }

    /** Returns a project by entity and name. */
    public WandbProjectData project(String entity, String name) {
        return find(entity, name).orElseThrow(() -> new NoSuchElementException("no simulated project " + entity
                + "/" + name));
    }
}
