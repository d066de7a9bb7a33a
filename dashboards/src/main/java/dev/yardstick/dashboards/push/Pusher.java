package dev.yardstick.dashboards.push;

import static java.util.Objects.requireNonNull;

import dev.yardstick.dashboards.model.CompiledArtifact;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a plan: POST what is new (recording each id in the lock file at once), PUT what changed, then
 * GET each pushed object and re-diff — a non-empty diff after a push is reported as a failure. One
 * failing object does not stop the others; a re-run converges without duplicates.
 */
public final class Pusher {
    private final RemoteStore remote;
    private final LockFile lock;
    private final Planner planner;

    /**
     * Creates a pusher.
     *
     * @param remote the live side
     * @param lock the key → id map, saved after each create
     * @param planner used to plan each artifact right before pushing it
     */
    public Pusher(RemoteStore remote, LockFile lock, Planner planner) {
        this.remote = requireNonNull(remote, "remote");
        this.lock = requireNonNull(lock, "lock");
        this.planner = requireNonNull(planner, "planner");
    }

    /**
     * Pushes every artifact.
     *
     * @param artifacts compiled dashboards and monitors
     * @param dryRun plan only
     * @return what happened
     */
    public PushResult push(List<CompiledArtifact> artifacts, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (CompiledArtifact a : artifacts) {
            try {
                PlanEntry entry = planner.plan(a);
                if (!dryRun && entry.id().isPresent()) {
                    lock.put(a.kind(), a.key(), entry.id().get());
                }
                if (dryRun || entry.action() == PlanEntry.Action.SKIPPED || entry.action() == PlanEntry.Action.UNCHANGED) {
                    lines.add((dryRun && isWrite(entry) ? "would " : "") + entry.summary());
                    continue;
                }
                String id;
                if (entry.action() == PlanEntry.Action.CREATE) {
                    id = remote.create(a.kind(), a.body());
                    lock.put(a.kind(), a.key(), id);
                    created++;
                } else {
                    id = entry.id().orElseThrow();
                    remote.update(a.kind(), id, a.body());
                    updated++;
                }
                lines.add(entry.summary().replaceFirst("^create ", "created ").replaceFirst("^update ", "updated ")
                        + (entry.action() == PlanEntry.Action.CREATE ? " → " + id : ""));
                verify(a, id, failures);
            } catch (DatadogApiException | IllegalStateException e) {
                String line = "failed " + a.kind().label() + " " + a.key() + ": " + e.getMessage();
                lines.add(line);
                failures.add(line);
            }
        }
        return new PushResult(lines, failures, created, updated);
    }

    private void verify(CompiledArtifact a, String id, List<String> failures) {
        List<Change> after = remote.fetch(a.kind(), id)
                .map(live -> JsonDiff.diff(a.body(), live))
                .orElse(List.of(new Change("", null, a.body())));
        if (!after.isEmpty()) {
            failures.add("after push, " + a.kind().label() + " " + a.key() + " still differs: "
                    + after.stream().limit(5).map(Change::render).toList());
        }
    }

    private static boolean isWrite(PlanEntry e) {
        return e.action() == PlanEntry.Action.CREATE || e.action() == PlanEntry.Action.UPDATE;
    }
}
