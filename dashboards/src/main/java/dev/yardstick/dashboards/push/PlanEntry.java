package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.List;
import java.util.Optional;

/**
 * What a push would do with one dashboard or monitor.
 *
 * @param artifact the compiled source
 * @param action create, update, unchanged or skipped
 * @param id the live id, when one exists
 * @param changes the differences (for updates)
 * @param note why it is skipped, or a warning such as duplicates found
 */
public record PlanEntry(CompiledArtifact artifact, Action action, Optional<String> id, List<Change> changes, String note) {

    /** What happens to the artifact. */
    public enum Action {
        /** Not live yet: POST. */
        CREATE,
        /** Live and different: PUT. */
        UPDATE,
        /** Live and equal. */
        UNCHANGED,
        /** Not pushed: its collectors are not installed. */
        SKIPPED
    }

    /** Validates and copies. */
    public PlanEntry {
        requireNonNull(artifact, "artifact");
        requireNonNull(action, "action");
        requireNonNull(id, "id");
        changes = List.copyOf(changes);
        requireNonNull(note, "note");
    }

    /** One line: {@code update dashboard github-cicd (abc-def-ghi): 3 changes}. */
    public String summary() {
        String what = artifact.kind().label() + " " + artifact.key() + id.map(i -> " (" + i + ")").orElse("");
        return switch (action) {
            case CREATE -> "create " + what + " \"" + artifact.title() + "\"";
            case UPDATE -> "update " + what + ": " + changes.size() + " change" + (changes.size() == 1 ? "" : "s");
            case UNCHANGED -> "unchanged " + what;
            case SKIPPED -> what + ": " + note;
        } + (action != Action.SKIPPED && !note.isEmpty() ? " (" + note + ")" : "");
    }
}
