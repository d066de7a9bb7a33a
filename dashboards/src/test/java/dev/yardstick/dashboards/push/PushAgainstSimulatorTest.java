package dev.yardstick.dashboards.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.dashboards.FakeCatalogue;
import dev.yardstick.dashboards.Projects;
import dev.yardstick.dashboards.lint.Catalogue;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push, plan and re-push against the simulated dashboards and monitors API over real HTTP. */
class PushAgainstSimulatorTest {
    private CompileReport compiled;
    private final DatadogApiSimulator api = new DatadogApiSimulator(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Optional.empty());
    private final List<Integer> sleeps = new ArrayList<>();
    private final Catalogue all = FakeCatalogue.all();
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        api.start();
        compiled = Projects.compileRepository();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void firstPushCreatesEachOnceSecondReportsNoChanges() {
        PushResult first = pusher(0, all).push(compiled.artifacts(), false);
        assertTrue(first.ok(), () -> first.failures().toString());
        assertEquals(22, first.created());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());

        api.clearRequests();
        PushResult second = pusher(0, all).push(compiled.artifacts(), false);
        assertTrue(second.ok(), () -> second.failures().toString());
        assertEquals(0, second.created() + second.updated());
        assertTrue(second.lines().stream().allMatch(l -> l.startsWith("unchanged ")), () -> second.lines().toString());
        assertTrue(api.requests().stream().noneMatch(r -> Set.of("POST", "PUT", "DELETE").contains(r.method())));
        assertEquals(12, api.dashboards().size());
    }

    @Test
    void lostLockFileStillFindsDashboardsByMarkerAndMonitorsByTag() throws Exception {
        pusher(0, all).push(compiled.artifacts(), false);
        Files.delete(dir.resolve("lock.json"));
        PushResult again = pusher(0, all).push(compiled.artifacts(), false);
        assertEquals(0, again.created());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());
        assertEquals(12, LockFile.load(dir.resolve("lock.json"), api.baseUrl()).entries(ArtifactKind.DASHBOARD).size());
    }

    @Test
    void failuresMidPushConvergeOnRerunWithoutDuplicates() {
        api.faults().statusSequence("/api/v1/monitor", 503, 429, 500);
        PushResult broken = pusher(0, all).push(compiled.artifacts(), false);
        assertFalse(broken.ok());
        assertEquals(3, broken.failures().size(), () -> broken.failures().toString());
        assertTrue(broken.failures().get(1).contains("HTTP 429"), broken.failures().get(1));

        PushResult rerun = pusher(0, all).push(compiled.artifacts(), false);
        assertTrue(rerun.ok(), () -> rerun.failures().toString());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());
        assertEquals(0, pusher(0, all).push(compiled.artifacts(), false).created());
    }

    @Test
    void clientRetriesTransientErrorsWithTheInjectedSleeper() {
        api.faults().statusSequence("/api/v1/dashboard", 429, 502);
        PushResult result = pusher(3, all).push(sample(), false);
        assertTrue(result.ok(), () -> result.failures().toString());
        assertEquals(2, sleeps.size());
        assertEquals(2, api.dashboards().size());
    }

    @Test
    void planShowsUiEditsAsJsonPathChangesAndPushRestoresCode() {
        pusher(0, all).push(sample(), false);
        CompiledArtifact github = compiled.find(ArtifactKind.DASHBOARD, "github-cicd").orElseThrow();
        String id = LockFile.load(dir.resolve("lock.json"), api.baseUrl()).id(ArtifactKind.DASHBOARD, "github-cicd").orElseThrow();
        ObjectNode edited = github.body().deepCopy();
        edited.put("title", "Edited in the UI");
        ((ObjectNode) edited.at("/widgets/0/layout")).put("width", 4);
        new RemoteStore(api()).update(ArtifactKind.DASHBOARD, id, edited);

        PlanEntry entry = planner(all).plan(github);
        assertEquals(PlanEntry.Action.UPDATE, entry.action());
        assertEquals(List.of("title: \"Edited in the UI\" → \"GitHub CI/CD Dashboard\"", "widgets[0].layout.width: 4 → 3"),
                entry.changes().stream().map(Change::render).toList());
        PushResult push = pusher(0, all).push(List.of(github), false);
        assertEquals(1, push.updated());
        assertEquals(PlanEntry.Action.UNCHANGED, planner(all).plan(github).action());
    }

    @Test
    void artifactsWhoseCollectorsAreMissingAreSkipped() {
        Catalogue githubOnly = Catalogue.of(List.of(), Set.of("github"));
        PushResult result = pusher(0, githubOnly).push(compiled.artifacts(), false);
        assertTrue(result.lines().contains("dashboard asana: skipped: needs collector asana (not installed)"), () -> result.lines().toString());
        assertEquals(4, api.dashboards().size());
        assertEquals(7, api.monitors().size());
    }

    @Test
    void dryRunChangesNothing() {
        PushResult result = pusher(0, all).push(sample(), true);
        assertTrue(result.lines().stream().allMatch(l -> l.startsWith("would create ")), () -> result.lines().toString());
        assertEquals(0, api.dashboards().size());
        assertFalse(Files.exists(dir.resolve("lock.json")));
    }

    @Test
    void missingKeysAreRejectedWithoutCallingDatadog() {
        DatadogApiSettings noKeys = new DatadogApiSettings(api.baseUrl(), Optional.empty(), Optional.of("app"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new DatadogApi(noKeys, new RetryPolicy(0, sleeps::add), 1000));
        assertTrue(e.getMessage().contains("yardstick.datadog.api-key"));
        assertEquals("DatadogApiSettings[apiUrl=" + api.baseUrl() + ", apiKey=<unset>, appKey=<redacted>]", noKeys.toString());
    }

    /** Two dashboards and a monitor, for tests where the number pushed does not matter. */
    private List<CompiledArtifact> sample() {
        return List.of(compiled.find(ArtifactKind.DASHBOARD, "github-cicd").orElseThrow(),
                compiled.find(ArtifactKind.DASHBOARD, "collector-health").orElseThrow(),
                compiled.find(ArtifactKind.MONITOR, "collector-failing").orElseThrow());
    }

    private DatadogApi api() {
        return api(0);
    }

    private DatadogApi api(int retries) {
        return new DatadogApi(new DatadogApiSettings(api.baseUrl(), Optional.of("test-api-key"), Optional.of("test-app-key")),
                new RetryPolicy(retries, sleeps::add), 5000);
    }

    private Planner planner(Catalogue catalogue) {
        return new Planner(new RemoteStore(api()), LockFile.load(dir.resolve("lock.json"), api.baseUrl()), catalogue);
    }

    private Pusher pusher(int retries, Catalogue catalogue) {
        RemoteStore remote = new RemoteStore(api(retries));
        LockFile lock = LockFile.load(dir.resolve("lock.json"), api.baseUrl());
        return new Pusher(remote, lock, new Planner(remote, lock, catalogue));
    }
}
