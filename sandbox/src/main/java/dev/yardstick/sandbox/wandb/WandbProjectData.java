package dev.yardstick.sandbox.wandb;

import java.util.List;
import java.util.Objects;

/**
 * One simulated W&B project and its runs.
 *
 * @param entity the entity (user or team) owning the project
 * @param name the project name
 * @param runs the runs, in no particular order
 */
public record WandbProjectData(String entity, String name, List<WandbRunData> runs) {

    public WandbProjectData {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(name, "name");
        runs = List.copyOf(runs);
    }

    /** Returns {@code entity/name}. */
    public String path() {
        return entity + "/" + name;
    }
}
