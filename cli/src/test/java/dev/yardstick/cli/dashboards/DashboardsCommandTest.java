package dev.yardstick.cli.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.dashboards.ProjectFiles;
import dev.yardstick.dashboards.push.RetryPolicy;
import dev.yardstick.sandbox.datadogapi.DatadogApiSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
        for (String dir : List.of("lib", "sources", "monitors")) {
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
        assertTrue(out.toString().contains("dashboards: 11 checked, 0 skipped, 0 error(s), 0 warning(s)"), out::toString);
        assertEquals(0, run(env(Optional.empty(), catalogue(), ALL), "monitors", "validate"), err::toString);
        assertTrue(out.toString().contains("monitors: 8 checked, 0 skipped, 0 error(s), 0 warning(s)"), out::toString);
    }

    @Test
    void validateWithOnlyGithubInstalledReportsTheRestAsSkipped() {
        List<MetricDescriptor> github = catalogue().stream()
                .filter(d -> d.name().startsWith("github.") || d.name().startsWith("yardstick.")).toList();
        assertEquals(0, run(env(Optional.empty(), github, Set.of("github")), "dashboards", "validate"), err::toString);
        assertTrue(out.toString().contains("dashboard kubernetes (dashboards/sources/kubernetes.jsonnet): skipped: needs collector kubernetes (not installed)"),
                out::toString);
    }

    @Test
    void pushTwiceCreatesOnceThenReportsNoChanges() {
        DashboardsEnvironment env = env(Optional.of("app-key"), catalogue(), ALL);
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertEquals(0, run(env, "monitors", "push"), err::toString);
        assertTrue(out.toString().contains("11 created, 0 updated."), out::toString);
        assertTrue(out.toString().contains("8 created, 0 updated."), out::toString);
        reset();
        assertEquals(0, run(env, "dashboards", "push"), err::toString);
        assertEquals(0, run(env, "monitors", "push"), err::toString);
        assertEquals(2, out.toString().lines().filter("No changes."::equals).count(), out::toString);
        assertEquals(11, api.dashboards().size());
        assertEquals(8, api.monitors().size());
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
        assertEquals(10, api.dashboards().size());
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
        assertTrue(errors.get(0).startsWith("dashboards/sources/broken.jsonnet:5: error [overlap]"), errors::toString);
        assertTrue(errors.get(1).startsWith("dashboards/sources/broken.jsonnet:6: error [formula-reference]"), errors::toString);
        assertTrue(errors.get(2).startsWith("dashboards/sources/broken.jsonnet:4: error [catalogue]"), errors::toString);
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

    private int run(DashboardsEnvironment env, String... args) {
        CommandLine top = new CommandLine(new Top());
        top.addSubcommand(new DashboardsCommand(() -> env, () -> new RetryPolicy(0, s -> { })));
        top.addSubcommand(new MonitorsCommand(() -> env, () -> new RetryPolicy(0, s -> { })));
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

    private static List<MetricDescriptor> catalogue() {
        try {
            return Files.readAllLines(REPO.resolve("dashboards/src/test/resources/dev/yardstick/dashboards/original-catalogue.txt"))
                    .stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(n -> MetricDescriptor.gauge(n, Unit.NONE, "original metric")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @CommandLine.Command(name = "yardstick")
    static final class Top {
    }

    private record Environment(Path projectDir, DatadogApiSettings datadog, List<MetricDescriptor> catalogue,
                               Set<String> installedCollectorTypes) implements DashboardsEnvironment {
    }
}
