package dev.yardstick.cli.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.dashboards.ProjectFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yardstick.dashboards.lint.CatalogueFiles;
import dev.yardstick.dashboards.model.ArtifactKind;
import dev.yardstick.dashboards.push.ApiRetry;
import dev.yardstick.dashboards.push.DatadogApi;
import dev.yardstick.dashboards.push.RemoteStore;
import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import dev.yardstick.testkit.FakeClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The dashboards and monitors commands end to end: a copy of this repository's dashboards, the simulated API. */
class DashboardsCommandTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> ALL = Set.of("github", "skypilot", "asana", "ec2", "wandb", "kubernetes", "health-fom");
    private final DatadogApiSimulator api = new DatadogApiSimulator(Clock.systemUTC(), Optional.empty());
    @TempDir
    Path project;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        api.start();
        for (String dir : List.of("lib", "sources", "monitors", "catalogue")) {
            ProjectFiles.copyTree(REPO.resolve("dashboards").resolve(dir), project.resolve("dashboards").resolve(dir));
        }
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @Test
    void buildAndValidateSucceedWithoutCredentials() {
        assertEquals(0, run(env(Optional.empty(), catalogue(), ALL), "dashboards", "build"), err::toString);
        assertTrue(Files.exists(project.resolve("build/dashboards/dashboards/system_health_rollup.json")));
        assertTrue(Files.exists(project.resolve("build/dashboards/monitors/collector_failing.json")));
        assertEquals(0, run(env(Optional.empty(), catalogue(), ALL), "dashboards", "validate", "--strict"), err::toString);
        assertTrue(out.toString().contains("dashboards: 12 checked, 0 skipped, 0 error(s), 0 warning(s)"), out::toString);
        assertEquals(0, run(env(Optional.empty(), catalogue(), ALL), "monitors", "validate"), err::toString);
        assertTrue(out.toString().contains("monitors: 10 checked, 0 skipped, 0 error(s), 0 warning(s)"), out::toString);
    }

    @Test
    void validateWithOnlyGithubInstalledChecksTheRestAgainstTheShippedCatalogues() throws IOException {
        List<MetricDescriptor> github = catalogue().stream()
                .filter(d -> d.name().startsWith("github.") || d.name().startsWith("yardstick.")).toList();
        assertEquals(0, run(env(Optional.empty(), github, Set.of("github")), "dashboards", "validate"), err::toString);
        assertTrue(out.toString().contains("dashboard kubernetes (dashboards/sources/kubernetes.jsonnet): collector kubernetes not installed; "
                + "checked against the shipped catalogue"), out::toString);
        reset();
        Path component = project.resolve("dashboards/lib/metrics.libsonnet");
        Files.writeString(component, Files.readString(component).replace("'k8s.pods.crash_looping'", "'k8s.pods.crash_loopin'"));
        assertEquals(1, run(env(Optional.empty(), github, Set.of("github")), "dashboards", "validate"), out::toString);
        assertTrue(err.toString().contains("metric 'k8s.pods.crash_loopin' is not declared by any installed collector or shipped catalogue "
                + "(did you mean 'k8s.pods.crash_looping'?)"), err::toString);
    }

    @Test
    void pushTwiceCreatesOnceThenReportsNoChanges() {
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertEquals(0, run(env, "monitors", "push"), err::toString);
        assertTrue(out.toString().contains("12 created, 0 updated."), out::toString);
        assertTrue(out.toString().contains("10 created, 0 updated."), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertEquals(0, run(env, "monitors", "push"), err::toString);
        assertEquals(2, out.toString().lines().filter("No changes."::equals).count(), out::toString);
        assertEquals(12, api.dashboards().size());
        assertEquals(10, api.monitors().size());
        assertTrue(Files.exists(project.resolve("build/dashboards/sandbox-lock.json")));
        assertFalse(Files.exists(project.resolve("dashboards/lock.json")));
        reset();
        assertEquals(0, run(env, "dashboards", "plan"), err::toString);
        assertTrue(out.toString().endsWith("No changes.\n"), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "list"), err::toString);
        assertTrue(out.toString().contains("system-health-rollup"), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "pull"), err::toString);
        assertTrue(Files.exists(project.resolve("build/dashboards/pulled/github_cicd.json")));
        reset();
        assertEquals(0, run(env, "dashboards", "delete", "reference-demo"), err::toString);
        assertEquals(11, api.dashboards().size());
    }

    @Test
    void brokenDashboardFailsValidateWithOneMessagePerProblem() throws IOException {
        Files.writeString(project.resolve("dashboards/sources/broken.jsonnet"), String.join("\n",
                "local y = import 'yardstick.libsonnet';",
                "local g = y.grid;",
                "y.dashboard.new(key='broken', title='Broken', widgets=[",
                "  g.at(y.widgets.queryValue('Open PRs', y.queries.metric('github.prs.opne')), 0, 0, 6, 2),",
                "  g.at(y.widgets.timeseries('Failures', y.queries.metric('github.ci.failed_workflows_7d')), 3, 0, 6, 3),",
                "  g.at(y.widgets.timeseries('Rate', ['avg:github.ci.workflow_runs_7d{$env}'], { formulas: ['query2 / query1'] }), 0, 3, 12, 3),",
                "])", ""));
        assertEquals(1, run(env(Optional.empty(), catalogue(), ALL), "dashboards", "validate"));
        List<String> errors = err.toString().lines().toList();
        assertEquals(3, errors.size(), err::toString);
        assertTrue(errors.get(0).matches("dashboards/sources/broken.jsonnet:5:\\d+: error \\[overlap\\].*"), errors::toString);
        assertTrue(errors.get(1).matches("dashboards/sources/broken.jsonnet:6:\\d+: error \\[formula-reference\\].*"), errors::toString);
        assertTrue(errors.get(2).matches("dashboards/sources/broken.jsonnet:4:\\d+: error \\[catalogue\\].*"), errors::toString);
    }

    @Test
    void pushWithoutKeysIsAConfigurationErrorThatNamesTheSetting() {
        DashboardsEnvironment env = new Environment(project, new DatadogApiSettings(api.baseUrl(), Optional.empty(), Optional.empty()),
                catalogue(), ALL);
        assertEquals(2, run(env, "dashboards", "push"));
        assertTrue(err.toString().contains("yardstick.datadog.api-key"), err::toString);
        assertEquals(0, api.requestCount());
    }

    @Test
    void secretsNeverAppearInOutput() {
        DashboardsEnvironment env = env(Optional.of("secret-app-key"), catalogue(), ALL);
        api.faults().statusSequence(403);
        run(env, "dashboards", "push");
        assertFalse((out.toString() + err).contains("secret-api-key"));
        assertFalse((out.toString() + err).contains("secret-app-key"));
    }

    @Test
    void aMarkerAddedInTheUiShowsInPlanAndIsGoneAfterPush() {
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        String id = idOf("GitHub CI/CD Dashboard");
        ObjectNode live = (ObjectNode) api.dashboards().get(id).deepCopy();
        ObjectNode definition = (ObjectNode) live.at("/widgets/13/definition");
        definition.putArray("markers").addObject().put("value", "y = 42").put("display_type", "error dashed");
        remote().update(ArtifactKind.DASHBOARD, id, live);
        reset();
        assertEquals(0, run(env, "dashboards", "plan"), err::toString);
        assertTrue(out.toString().contains("update dashboard github-cicd (" + id + "): 1 change"), out::toString);
        assertTrue(out.toString().contains("widgets[13].definition.markers: [{\"value\":\"y = 42\""), out::toString);
        assertTrue(out.toString().contains("→ (absent)"), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertTrue(out.toString().contains("0 created, 1 updated."), out::toString);
        assertFalse(api.dashboards().get(id).at("/widgets/13/definition").has("markers"));
        reset();
        assertEquals(0, run(env, "dashboards", "plan"), err::toString);
        assertTrue(out.toString().endsWith("No changes.\n"), out::toString);
    }

    @Test
    void pushValidatesFirstAndRefusesOnErrorsUnlessForced() throws IOException {
        Path metrics = project.resolve("dashboards/lib/metrics.libsonnet");
        Files.writeString(metrics, Files.readString(metrics).replace("'asana.projects.active'", "'asana.projects.activ'"));
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(1, run(env, "dashboards", "push"));
        assertTrue(err.toString().contains("metric 'asana.projects.activ' is not declared"), err::toString);
        assertTrue(err.toString().contains("push refused: 1 validation error(s)"), err::toString);
        assertEquals(0, api.dashboards().size());
        reset();
        assertEquals(0, run(env, "dashboards", "push", "--force"), err::toString);
        assertEquals(12, api.dashboards().size());
    }

    @Test
    void onlyAndIncludeUninstalledSelectWhatPlanAndPushHandle() {
        List<MetricDescriptor> github = catalogue().stream()
                .filter(d -> d.name().startsWith("github.") || d.name().startsWith("yardstick.")).toList();
        DashboardsEnvironment env = env(Optional.of("app-key"), github, Set.of("github"));
        assertEquals(0, run(env, "dashboards", "push", "--only", "github-cicd"), err::toString);
        assertEquals(1, api.dashboards().size());
        reset();
        assertEquals(0, run(env, "dashboards", "plan"), err::toString);
        assertTrue(out.toString().contains("dashboard kubernetes: skipped: needs collector kubernetes (not installed)"), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "plan", "--include-uninstalled"), err::toString);
        assertTrue(out.toString().contains("create dashboard kubernetes"), out::toString);
        reset();
        assertEquals(2, run(env, "dashboards", "plan", "--only", "no-such-key"));
        assertTrue(err.toString().contains("no dashboard has key 'no-such-key'"), err::toString);
    }

    @Test
    void adoptTakesOverALiveDashboardInsteadOfCreatingAnother() {
        ObjectNode original = dev.yardstick.dashboards.model.Json.MAPPER.createObjectNode();
        original.put("title", "GitHub CI/CD (original)").put("layout_type", "ordered").putArray("widgets");
        String id = api.seedDashboard(original);
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(0, run(env, "dashboards", "adopt", "github-cicd", id), err::toString);
        assertTrue(out.toString().contains("adopted dashboard " + id), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertTrue(out.toString().contains("11 created, 1 updated."), out::toString);
        assertEquals(12, api.dashboards().size());
        assertEquals("GitHub CI/CD Dashboard", api.dashboards().get(id).get("title").asText());
    }

    @Test
    void monitorsListExportDeleteAndPrune() {
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(0, run(env, "monitors", "push"), err::toString);
        ObjectNode stale = dev.yardstick.dashboards.model.Json.MAPPER.createObjectNode();
        stale.put("name", "[Yardstick] Failed workflow runs are spiking").put("type", "query alert")
                .put("query", "avg(last_1h):max:github.ci.failed_workflows_7d{env:production} by {repo} > 10")
                .put("message", "old @slack-eng-health");
        stale.putArray("tags").add("yardstick-key:failed-workflows-spike").add("managed-by:yardstick");
        stale.putObject("options").putObject("thresholds").put("critical", 10);
        String staleId = remote().create(ArtifactKind.MONITOR, stale);
        reset();
        assertEquals(0, run(env, "monitors", "list"), err::toString);
        assertTrue(out.toString().contains("ci-failure-rate-spike"), out::toString);
        assertTrue(out.toString().contains("failed-workflows-spike"), out::toString);
        reset();
        assertEquals(0, run(env, "monitors", "export", staleId), err::toString);
        assertTrue(out.toString().contains("\"query\": \"avg(last_1h):max:github.ci.failed_workflows_7d"), out::toString);
        assertFalse(out.toString().contains("\"creator\""), out::toString);
        reset();
        assertEquals(0, run(env, "monitors", "prune"), err::toString);
        assertTrue(out.toString().contains("deleted monitor failed-workflows-spike (" + staleId + ")"), out::toString);
        assertEquals(10, api.monitors().size());
        reset();
        assertEquals(0, run(env, "monitors", "delete", "pr-cycle-time"), err::toString);
        assertEquals(9, api.monitors().size());
    }

    @Test
    void monitorsForAConfiguredEnvironmentHaveTheirOwnKeysAndScope() {
        DashboardsEnvironment production = env(Optional.of("app-key"), catalogue(), ALL);
        DashboardsEnvironment staging = new Environment(project, production.datadog(), catalogue(), ALL, Optional.of("staging"));
        assertEquals(0, run(production, "monitors", "push"), err::toString);
        reset();
        assertEquals(0, run(staging, "monitors", "push"), err::toString);
        assertTrue(out.toString().contains("10 created, 0 updated."), out::toString);
        assertEquals(20, api.monitors().size());
        long stagingMonitors = api.monitors().values().stream()
                .filter(m -> m.get("query").asText().contains("{env:staging}"))
                .filter(m -> m.get("name").asText().startsWith("[staging] "))
                .filter(m -> m.get("tags").toString().matches(".*\"yardstick-key:[a-z0-9-]+-staging\".*"))
                .count();
        assertEquals(10, stagingMonitors);
    }

    private String idOf(String title) {
        return api.dashboards().entrySet().stream().filter(e -> title.equals(e.getValue().get("title").asText()))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    private RemoteStore remote() {
        return new RemoteStore(new DatadogApi(new DatadogApiSettings(api.baseUrl(), Optional.of("k"), Optional.of("a")),
                retry(), 5000));
    }

    private int run(DashboardsEnvironment env, String... args) {
        CommandLine top = new CommandLine(new Top());
        top.addSubcommand(new DashboardsCommand(() -> env));
        top.addSubcommand(new MonitorsCommand(() -> env));
        top.setOut(new PrintWriter(out, true));
        top.setErr(new PrintWriter(err, true));
        return top.execute(args);
    }

    private void reset() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private DashboardsEnvironment env(Optional<String> appKey, List<MetricDescriptor> catalogue, Set<String> types) {
        return new Environment(project, new DatadogApiSettings(api.baseUrl(), appKey.map(k -> "secret-api-key"), appKey),
                catalogue, types);
    }

    /** Every name of the shipped catalogue files, as if every collector were installed. */
    private static List<MetricDescriptor> catalogue() {
        List<MetricDescriptor> out = new java.util.ArrayList<>();
        CatalogueFiles.read(REPO.resolve("dashboards/catalogue")).values().forEach(e -> e.allNames()
                .forEach(n -> out.add(MetricDescriptor.gauge(n, Unit.NONE, "shipped catalogue"))));
        return out;
    }

    @CommandLine.Command(name = "yardstick")
    static final class Top {
    }

    /** Four attempts, a 1 s backoff and a minute for everything, waiting on a fake clock. */
    private static ApiRetry retry() {
        FakeClock clock = FakeClock.at("2026-01-01T00:00:00Z");
        return new ApiRetry(new RetryPolicy(4, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), new Random(1)),
                Duration.ofSeconds(60)), clock, clock::sleep, Duration.ofMinutes(1));
    }

    private record Environment(Path projectDir, DatadogApiSettings datadog, List<MetricDescriptor> catalogue,
                               Set<String> installedCollectorTypes, Optional<String> environment) implements DashboardsEnvironment {
        Environment(Path projectDir, DatadogApiSettings datadog, List<MetricDescriptor> catalogue, Set<String> types) {
            this(projectDir, datadog, catalogue, types, Optional.empty());
        }

        @Override
        public ApiRetry retry() {
            return DashboardsCommandTest.retry();
        }
    }
}
