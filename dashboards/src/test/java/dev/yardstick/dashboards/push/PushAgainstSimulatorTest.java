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
import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import dev.yardstick.testkit.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
    private final FakeClock clock = FakeClock.at("2026-01-01T00:00:00Z");
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
        PushResult first = pusher(1, all).push(compiled.artifacts(), false);
        assertTrue(first.ok(), () -> first.failures().toString());
        assertEquals(22, first.created());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());

        api.clearRequests();
        PushResult second = pusher(1, all).push(compiled.artifacts(), false);
        assertTrue(second.ok(), () -> second.failures().toString());
        assertEquals(0, second.created() + second.updated());
        assertTrue(second.lines().stream().allMatch(l -> l.startsWith("unchanged ")), () -> second.lines().toString());
        assertTrue(api.requests().stream().noneMatch(r -> Set.of("POST", "PUT", "DELETE").contains(r.method())));
        assertEquals(12, api.dashboards().size());
    }

    @Test
    void lostLockFileStillFindsDashboardsByMarkerAndMonitorsByTag() throws Exception {
        pusher(1, all).push(compiled.artifacts(), false);
        Files.delete(dir.resolve("lock.json"));
        PushResult again = pusher(1, all).push(compiled.artifacts(), false);
        assertEquals(0, again.created());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());
        assertEquals(12, LockFile.load(dir.resolve("lock.json"), api.baseUrl()).entries(ArtifactKind.DASHBOARD).size());
    }

    @Test
    void failuresMidPushConvergeOnRerunWithoutDuplicates() {
        api.faults().statusSequence("/api/v1/monitor", 503, 429, 500);
        PushResult broken = pusher(1, all).push(compiled.artifacts(), false);
        assertFalse(broken.ok());
        assertEquals(3, broken.failures().size(), () -> broken.failures().toString());
        assertTrue(broken.failures().get(1).contains("HTTP 429"), broken.failures().get(1));

        PushResult rerun = pusher(1, all).push(compiled.artifacts(), false);
        assertTrue(rerun.ok(), () -> rerun.failures().toString());
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());
        assertEquals(0, pusher(1, all).push(compiled.artifacts(), false).created());
    }

    @Test
    void clientRetriesTransientErrorsWithTheInjectedSleeper() {
        api.faults().statusSequence("/api/v1/dashboard", 429, 502);
        PushResult result = pusher(4, all).push(sample(), false);
        assertTrue(result.ok(), () -> result.failures().toString());
        assertEquals(2, clock.sleeps().size());
        assertEquals(2, api.dashboards().size());
    }

    @Test
    void pusherWaitsWhatRetryAfterAndTheRateLimitResetAskForThenBacksOff() {
        api.faults().statusSequence("/api/v1/dashboard", FaultResponse.retryAfter(429, 7), FaultResponse.rateLimited(3),
                FaultResponse.of(503));
        PushResult result = pusher(4, all).push(sample(), false);
        assertTrue(result.ok(), () -> result.failures().toString());
        List<Duration> sleeps = clock.sleeps();
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(3)), sleeps.subList(0, 2));
        assertEquals(3, sleeps.size(), sleeps::toString);
        Duration backoff = sleeps.get(2);
        assertTrue(backoff.compareTo(Duration.ofSeconds(4)) >= 0 && backoff.compareTo(Duration.ofSeconds(8)) <= 0,
                backoff::toString);
    }

    @Test
    void aRequestedWaitOverTheCapIsNotWaited() {
        api.faults().statusSequence("/api/v1/dashboard", FaultResponse.retryAfter(429, 61));
        PushResult result = pusher(4, all).push(sample().subList(0, 1), false);
        assertEquals(1, result.failures().size(), () -> result.lines().toString());
        assertTrue(result.failures().get(0).contains("HTTP 429"), result.failures().get(0));
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void pusherGivesUpAtTheDeadline() {
        Instant deadline = clock.instant().plus(Duration.ofMinutes(10));
        api.faults().down();
        PushResult result = pusher(1000, all).push(sample(), false);
        assertEquals(3, result.failures().size(), () -> result.lines().toString());
        assertTrue(result.failures().stream().allMatch(f -> f.contains("HTTP 503")), () -> result.failures().toString());
        assertFalse(clock.instant().isAfter(deadline), clock.instant()::toString);
        Duration waited = clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(Duration.ofMinutes(9)) > 0 && waited.compareTo(Duration.ofMinutes(10)) < 0,
                waited::toString);
        assertEquals(clock.sleeps().size() + 3, api.requests().size(), "one first attempt per artifact, one per wait");
    }

    @Test
    void planShowsUiEditsAsJsonPathChangesAndPushRestoresCode() {
        pusher(1, all).push(sample(), false);
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
        PushResult push = pusher(1, all).push(List.of(github), false);
        assertEquals(1, push.updated());
        assertEquals(PlanEntry.Action.UNCHANGED, planner(all).plan(github).action());
    }

    @Test
    void artifactsWhoseCollectorsAreMissingAreSkipped() {
        Catalogue githubOnly = Catalogue.of(List.of(), Set.of("github"));
        PushResult result = pusher(1, githubOnly).push(compiled.artifacts(), false);
        assertTrue(result.lines().contains("dashboard asana: skipped: needs collector asana (not installed)"), () -> result.lines().toString());
        assertEquals(4, api.dashboards().size());
        assertEquals(7, api.monitors().size());
    }

    @Test
    void dryRunChangesNothing() {
        PushResult result = pusher(1, all).push(sample(), true);
        assertTrue(result.lines().stream().allMatch(l -> l.startsWith("would create ")), () -> result.lines().toString());
        assertEquals(0, api.dashboards().size());
        assertFalse(Files.exists(dir.resolve("lock.json")));
    }

    @Test
    void missingKeysAreRejectedWithoutCallingDatadog() {
        DatadogApiSettings noKeys = new DatadogApiSettings(api.baseUrl(), Optional.empty(), Optional.of("app"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new DatadogApi(noKeys, retry(1), 1000));
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
        return api(1);
    }

    private DatadogApi api(int attempts) {
        return new DatadogApi(new DatadogApiSettings(api.baseUrl(), Optional.of("test-api-key"), Optional.of("test-app-key")),
                retry(attempts), 5000);
    }

    private ApiRetry retry(int attempts) {
        return new ApiRetry(new RetryPolicy(attempts, new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30),
                new Random(1)), Duration.ofSeconds(60)), clock, clock::sleep, Duration.ofMinutes(10));
    }

    private Planner planner(Catalogue catalogue) {
        return new Planner(new RemoteStore(api()), LockFile.load(dir.resolve("lock.json"), api.baseUrl()), catalogue);
    }

    private Pusher pusher(int attempts, Catalogue catalogue) {
        RemoteStore remote = new RemoteStore(api(attempts));
        LockFile lock = LockFile.load(dir.resolve("lock.json"), api.baseUrl());
        return new Pusher(remote, lock, new Planner(remote, lock, catalogue));
    }
}
