package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.lint.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves each artifact's live counterpart (lock file first, then the description marker or key tag)
 * and diffs it, without changing anything (the pusher records resolved ids in the lock file).
 */
public final class Planner {
    private final RemoteStore remote;
    private final LockFile lock;
    private final Catalogue catalogue;
    private final boolean includeUninstalled;

    /**
     * Creates a planner.
     *
     * @param remote the live side
     * @param lock the key → id map
     * @param catalogue installed collector types (artifacts needing others are skipped)
     */
    public Planner(RemoteStore remote, LockFile lock, Catalogue catalogue) {
        this(remote, lock, catalogue, false);
    }

    /**
     * Creates a planner.
     *
     * @param remote the live side
     * @param lock the key → id map
     * @param catalogue installed collector types
     * @param includeUninstalled plan artifacts whose collectors are not installed too (instead of skipping them)
     */
    public Planner(RemoteStore remote, LockFile lock, Catalogue catalogue, boolean includeUninstalled) {
        this.remote = requireNonNull(remote, "remote");
        this.lock = requireNonNull(lock, "lock");
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.includeUninstalled = includeUninstalled;
    }

    /** Plans every artifact. */
    public List<PlanEntry> plan(List<CompiledArtifact> artifacts) {
        List<PlanEntry> out = new ArrayList<>();
        for (CompiledArtifact a : artifacts) {
            out.add(plan(a));
        }
        return out;
    }

    /** Plans one artifact. */
    public PlanEntry plan(CompiledArtifact a) {
        List<String> missing = catalogue.missingCollectors(a);
        if (!missing.isEmpty() && !includeUninstalled) {
            return new PlanEntry(a, PlanEntry.Action.SKIPPED, Optional.empty(), List.of(), Catalogue.skipReason(missing));
        }
        Live live = resolve(a);
        if (live.body().isEmpty()) {
            return new PlanEntry(a, PlanEntry.Action.CREATE, Optional.empty(), List.of(), live.note());
        }
        List<Change> changes = JsonDiff.diff(a.body(), live.body().get());
        return new PlanEntry(a, changes.isEmpty() ? PlanEntry.Action.UNCHANGED : PlanEntry.Action.UPDATE,
                Optional.of(live.id()), changes, live.note());
    }

    private Live resolve(CompiledArtifact a) {
        Optional<String> locked = lock.id(a.kind(), a.key());
        if (locked.isPresent()) {
            Optional<JsonNode> body = remote.fetch(a.kind(), locked.get());
            if (body.isPresent()) {
                return new Live(locked.get(), body, "");
            }
        }
        List<String> found = remote.findByKey(a.kind(), a.key());
        if (found.isEmpty()) {
            return new Live("", Optional.empty(), locked.map(id -> "lock file id " + id + " no longer exists").orElse(""));
        }
        String id = found.get(0);
        String note = found.size() > 1 ? "duplicates with the same key: " + String.join(", ", found.subList(1, found.size()))
                + " (delete them in Datadog)" : "";
        return new Live(id, remote.fetch(a.kind(), id), note);
    }

    private record Live(String id, Optional<JsonNode> body, String note) {
    }
}
