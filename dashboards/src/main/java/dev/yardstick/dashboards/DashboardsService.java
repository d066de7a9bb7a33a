package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.ArtifactKind;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.lint.Catalogue;
import dev.yardstick.dashboards.lint.SourceLocator;
import dev.yardstick.dashboards.lint.ValidationReport;
import dev.yardstick.dashboards.lint.Validator;
import dev.yardstick.dashboards.push.DatadogApi;
import dev.yardstick.dashboards.push.DatadogApiException;
import dev.yardstick.dashboards.push.JsonDiff;
import dev.yardstick.dashboards.push.LockFile;
import dev.yardstick.dashboards.push.PlanEntry;
import dev.yardstick.dashboards.push.Planner;
import dev.yardstick.dashboards.push.PushResult;
import dev.yardstick.dashboards.push.Pusher;
import dev.yardstick.dashboards.push.RemoteStore;
import dev.yardstick.dashboards.push.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the {@code dashboards} and {@code monitors} commands do, independent of the CLI: build,
 * validate, plan, push, export, pull, delete and list. Offline operations never need credentials.
 */
public final class DashboardsService {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final DashboardsEnvironment environment;
    private final ProjectFiles files;
    private final RetryPolicy retry;
    private CompileReport compiled;
    private RemoteStore remote;

    /**
     * Creates the service.
     *
     * @param environment project directory, Datadog settings and plugin catalogue
     * @param userLibraries extra Jsonnet library directories (priority over the bundled library)
     * @param retry retry policy for Datadog calls
     */
    public DashboardsService(DashboardsEnvironment environment, List<Path> userLibraries, RetryPolicy retry) {
        this.environment = requireNonNull(environment, "environment");
        this.files = ProjectFiles.locate(environment.projectDir(), userLibraries);
        this.retry = requireNonNull(retry, "retry");
    }

    /** Where sources, library and lock file are. */
    public ProjectFiles files() {
        return files;
    }

    /** Compiles every source (cached for the lifetime of this service). */
    public CompileReport compile() {
        if (compiled == null) {
            compiled = new ArtifactCompiler(files).compileAll();
        }
        return compiled;
    }

    /** Compiles and writes the JSON of everything that compiled. */
    public List<Path> build(Path outDir) {
        return ArtifactWriter.write(compile().artifacts(), outDir);
    }

    /** Offline validation of one kind (or both when {@code kind} is empty). */
    public ValidationReport validate(Optional<ArtifactKind> kind) {
        CompileReport all = compile();
        CompileReport selected = kind.map(k -> new CompileReport(all.of(k),
                all.errors().stream().filter(e -> belongs(e.file(), k)).toList())).orElse(all);
        return new Validator(catalogue(), new SourceLocator(files.root(), files.libraryPath())).validate(selected);
    }

    /**
     * Asks Datadog to validate each installed monitor (only when credentials exist).
     *
     * @return one line per monitor, empty when there are no credentials
     */
    public List<String> validateMonitorsOnline() {
        List<String> out = new ArrayList<>();
        if (!environment.datadog().hasCredentials()) {
            return out;
        }
        for (CompiledArtifact m : compile().of(ArtifactKind.MONITOR)) {
            if (!catalogue().missingCollectors(m).isEmpty()) {
                continue;
            }
            try {
                remote().validateMonitor(m.body());
                out.add("ok " + m.key() + " (validated by Datadog)");
            } catch (DatadogApiException e) {
                out.add("error " + m.key() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Plans one kind against what is live. */
    public List<PlanEntry> plan(ArtifactKind kind) {
        return planner(lock()).plan(compile().of(kind));
    }

    /** Pushes one kind. */
    public PushResult push(ArtifactKind kind, boolean dryRun) {
        LockFile lock = lock();
        return new Pusher(remote(), lock, planner(lock)).push(compile().of(kind), dryRun);
    }

    /** A live dashboard as canonical JSON (read-only fields and widget ids removed). */
    public JsonNode export(String id) {
        return JsonDiff.canonical(remote().fetch(ArtifactKind.DASHBOARD, id)
                .orElseThrow(() -> new IllegalArgumentException("dashboard " + id + " does not exist")));
    }

    /**
     * Writes every managed live dashboard as canonical JSON, named like its source, for adopting UI edits.
     *
     * @param outDir where to write
     * @return the files written
     */
    public List<Path> pull(Path outDir) {
        List<Path> written = new ArrayList<>();
        for (PlanEntry e : plan(ArtifactKind.DASHBOARD)) {
            if (e.id().isEmpty()) {
                continue;
            }
            Path file = outDir.resolve(e.artifact().outputName());
            try {
                Files.createDirectories(outDir);
                Files.writeString(file, Json.pretty(export(e.id().get())));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + file, ex);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Deletes the live dashboard with this key and forgets it in the lock file.
     *
     * @param key the stable key
     * @param dryRun only say what would be deleted
     * @return what was (or would be) done
     */
    public String delete(String key, boolean dryRun) {
        LockFile lock = lock();
        List<String> ids = new ArrayList<>();
        lock.id(ArtifactKind.DASHBOARD, key).filter(id -> remote().fetch(ArtifactKind.DASHBOARD, id).isPresent()).ifPresent(ids::add);
        remote().findByKey(ArtifactKind.DASHBOARD, key).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (ids.isEmpty()) {
            return "no live dashboard has key " + key;
        }
        if (dryRun) {
            return "would delete dashboard " + key + " " + ids;
        }
        ids.forEach(id -> remote().delete(ArtifactKind.DASHBOARD, id));
        lock.remove(ArtifactKind.DASHBOARD, key);
        return "deleted dashboard " + key + " " + ids;
    }

    /** One line per live dashboard carrying a Yardstick key, and per key in code that is not live. */
    public List<String> list() {
        List<String> out = new ArrayList<>();
        List<String> liveKeys = new ArrayList<>();
        for (JsonNode d : remote().dashboards()) {
            String description = d.path("description").asText("");
            int at = description.indexOf("[yardstick-key:");
            if (at >= 0) {
                String key = description.substring(at + 15, description.indexOf(']', at));
                liveKeys.add(key);
                out.add(String.format(Locale.ROOT, "%-32s %-14s %s", key, d.path("id").asText(), d.path("title").asText()));
            }
        }
        for (CompiledArtifact a : compile().of(ArtifactKind.DASHBOARD)) {
            if (!liveKeys.contains(a.key())) {
                out.add(String.format(Locale.ROOT, "%-32s %-14s %s", a.key(), "(not pushed)", a.title()));
            }
        }
        return out;
    }

    /** The catalogue from plugin discovery plus self-telemetry. */
    public Catalogue catalogue() {
        return Catalogue.of(environment.catalogue(), environment.installedCollectorTypes());
    }

    private Planner planner(LockFile lock) {
        return new Planner(remote(), lock, catalogue());
    }

    private LockFile lock() {
        return LockFile.load(lockPath(), environment.datadog().apiUrl());
    }

    /**
     * The committed lock file, except for a loopback API (the sandbox), whose throw-away ids go to
     * {@code build/dashboards/sandbox-lock.json} so a demo push never dirties the committed file.
     */
    public Path lockPath() {
        String host = java.net.URI.create(environment.datadog().apiUrl()).getHost();
        boolean loopback = host != null && ("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host));
        return loopback ? files.root().resolve("build/dashboards/sandbox-lock.json") : files.lockFile();
    }

    private RemoteStore remote() {
        if (remote == null) {
            remote = new RemoteStore(new DatadogApi(environment.datadog(), retry, TIMEOUT_MILLIS));
        }
        return remote;
    }

    private static boolean belongs(String file, ArtifactKind kind) {
        boolean monitor = file.contains("monitors/");
        return kind == ArtifactKind.MONITOR ? monitor : !monitor;
    }
}
