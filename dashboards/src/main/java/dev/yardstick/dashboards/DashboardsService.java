package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.Json;
import dev.yardstick.dashboards.model.CompileReport;
import dev.yardstick.dashboards.model.CompiledArtifact;
import dev.yardstick.dashboards.model.ArtifactKind;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yardstick.dashboards.lint.Catalogue;
import dev.yardstick.dashboards.lint.CatalogueFiles;
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
import dev.yardstick.dashboards.push.Selection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the {@code dashboards} and {@code monitors} commands do, independent of the CLI: build,
 * validate, plan, push, export, pull, delete and list. Offline operations never need credentials.
 */
public final class DashboardsService {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final DashboardsEnvironment environment;
    private final ProjectFiles files;
    private CompileReport compiled;
    private RemoteStore remote;

    /**
     * Creates the service.
     *
     * @param environment project directory, Datadog settings and plugin catalogue
     * @param userLibraries extra Jsonnet library directories (priority over the bundled library)
     */
    public DashboardsService(DashboardsEnvironment environment, List<Path> userLibraries) {
        this.environment = requireNonNull(environment, "environment");
        List<Path> libraries = new ArrayList<>(userLibraries);
        environment.environment().ifPresent(env -> libraries.add(0, EnvironmentLibrary.write(env)));
        this.files = ProjectFiles.locate(environment.projectDir(), libraries);
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

    /** Plans one kind against what is live (installed artifacts only). */
    public List<PlanEntry> plan(ArtifactKind kind) {
        return plan(kind, Selection.all());
    }

    /** Plans the selected artifacts of one kind against what is live. */
    public List<PlanEntry> plan(ArtifactKind kind, Selection selection) {
        return planner(lock(), selection).plan(targets(kind, selection));
    }

    /** Pushes one kind (installed artifacts only). */
    public PushResult push(ArtifactKind kind, boolean dryRun) {
        return push(kind, dryRun, Selection.all());
    }

    /** Pushes the selected artifacts of one kind. */
    public PushResult push(ArtifactKind kind, boolean dryRun, Selection selection) {
        LockFile lock = lock();
        return new Pusher(remote(), lock, planner(lock, selection)).push(targets(kind, selection), dryRun);
    }

    /**
     * What plan and push handle: everything of a kind, except sandbox-only artifacts (the reference demo)
     * unless the API is a loopback one such as the sandbox's.
     *
     * @param kind dashboards or monitors
     * @return the artifacts to plan or push
     */
    public List<CompiledArtifact> targets(ArtifactKind kind) {
        boolean sandbox = loopback();
        return compile().of(kind).stream().filter(a -> sandbox || !a.sandboxOnly()).toList();
    }

    private List<CompiledArtifact> targets(ArtifactKind kind, Selection selection) {
        List<CompiledArtifact> all = targets(kind);
        if (selection.only().isEmpty()) {
            return all;
        }
        String key = selection.only().get();
        List<CompiledArtifact> one = all.stream().filter(a -> a.key().equals(key)).toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException("no " + kind.label() + " has key '" + key + "'; known: "
                    + all.stream().map(CompiledArtifact::key).sorted().toList());
        }
        return one;
    }

    /** A live dashboard or monitor as canonical JSON (read-only fields and widget ids removed). */
    public JsonNode export(ArtifactKind kind, String id) {
        return JsonDiff.canonical(remote().fetch(kind, id)
                .orElseThrow(() -> new IllegalArgumentException(kind.label() + " " + id + " does not exist")));
    }

    /** A live dashboard as canonical JSON. */
    public JsonNode export(String id) {
        return export(ArtifactKind.DASHBOARD, id);
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

    /** Deletes the live dashboard with this key. */
    public String delete(String key, boolean dryRun) {
        return delete(ArtifactKind.DASHBOARD, key, dryRun);
    }

    /**
     * Deletes the live object with this key and forgets it in the lock file.
     *
     * @param kind dashboard or monitor
     * @param key the stable key
     * @param dryRun only say what would be deleted
     * @return what was (or would be) done
     */
    public String delete(ArtifactKind kind, String key, boolean dryRun) {
        LockFile lock = lock();
        List<String> ids = new ArrayList<>();
        lock.id(kind, key).filter(id -> remote().fetch(kind, id).isPresent()).ifPresent(ids::add);
        remote().findByKey(kind, key).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (ids.isEmpty()) {
            return "no live " + kind.label() + " has key " + key;
        }
        if (dryRun) {
            return "would delete " + kind.label() + " " + key + " " + ids;
        }
        ids.forEach(id -> remote().delete(kind, id));
        lock.remove(kind, key);
        return "deleted " + kind.label() + " " + key + " " + ids;
    }

    /**
     * Deletes live objects that carry a Yardstick key no source defines any more (renamed or removed in code).
     *
     * @param kind dashboard or monitor
     * @param dryRun only say what would be deleted
     * @return one line per object
     */
    public List<String> prune(ArtifactKind kind, boolean dryRun) {
        Set<String> inCode = new HashSet<>();
        compile().of(kind).forEach(a -> inCode.add(a.key()));
        List<String> out = new ArrayList<>();
        LockFile lock = lock();
        for (RemoteStore.Managed m : remote().managed(kind)) {
            if (!inCode.contains(m.key())) {
                if (!dryRun) {
                    remote().delete(kind, m.id());
                    lock.remove(kind, m.key());
                }
                out.add((dryRun ? "would delete " : "deleted ") + kind.label() + " " + m.key() + " (" + m.id() + ") \""
                        + m.title() + "\": no source defines this key");
            }
        }
        if (out.isEmpty()) {
            out.add("nothing to prune: every live " + kind.label() + " with a Yardstick key is defined in code");
        }
        return out;
    }

    /**
     * Takes over an existing live object (for example one of the original's dashboards): records its id under
     * the key in the lock file, so the next push replaces it with the code's version instead of creating another.
     *
     * @param kind dashboard or monitor
     * @param key a key defined in code
     * @param id the live object's id
     * @return what was done
     */
    public String adopt(ArtifactKind kind, String key, String id) {
        if (compile().find(kind, key).isEmpty()) {
            throw new IllegalArgumentException("no " + kind.label() + " source has key '" + key + "'");
        }
        JsonNode live = remote().fetch(kind, id)
                .orElseThrow(() -> new IllegalArgumentException(kind.label() + " " + id + " does not exist"));
        lock().put(kind, key, id);
        return "adopted " + kind.label() + " " + id + " \"" + live.path(kind == ArtifactKind.DASHBOARD ? "title" : "name").asText()
                + "\" as " + key + "; run plan to see what the next push changes";
    }

    /** One line per live dashboard carrying a Yardstick key, and per key in code that is not live. */
    public List<String> list() {
        return list(ArtifactKind.DASHBOARD);
    }

    /** One line per live object of a kind carrying a Yardstick key, and per key in code that is not live. */
    public List<String> list(ArtifactKind kind) {
        List<String> out = new ArrayList<>();
        List<String> liveKeys = new ArrayList<>();
        for (RemoteStore.Managed m : remote().managed(kind)) {
            liveKeys.add(m.key());
            out.add(String.format(Locale.ROOT, "%-32s %-14s %s", m.key(), m.id(), m.title()));
        }
        for (CompiledArtifact a : targets(kind)) {
            if (!liveKeys.contains(a.key())) {
                out.add(String.format(Locale.ROOT, "%-32s %-14s %s", a.key(), "(not pushed)", a.title()));
            }
        }
        return out;
    }

    /** The catalogue from plugin discovery plus self-telemetry. */
    public Catalogue catalogue() {
        return Catalogue.of(environment.catalogue(), environment.installedCollectorTypes(), CatalogueFiles.read(files.catalogueDir()));
    }

    private Planner planner(LockFile lock, Selection selection) {
        return new Planner(remote(), lock, catalogue(), selection.includeUninstalled());
    }

    private LockFile lock() {
        return LockFile.load(lockPath(), environment.datadog().apiUrl());
    }

    /**
     * The committed lock file, except for a loopback API (the sandbox), whose throw-away ids go to
     * {@code build/dashboards/sandbox-lock.json} so a demo push never dirties the committed file.
     */
    public Path lockPath() {
        return loopback() ? files.root().resolve("build/dashboards/sandbox-lock.json") : files.lockFile();
    }

    private boolean loopback() {
        String host = java.net.URI.create(environment.datadog().apiUrl()).getHost();
        return host != null && ("localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host));
    }

    private RemoteStore remote() {
        if (remote == null) {
            remote = new RemoteStore(new DatadogApi(environment.datadog(), environment.retry(), TIMEOUT_MILLIS));
        }
        return remote;
    }

    private static boolean belongs(String file, ArtifactKind kind) {
        boolean monitor = file.contains("monitors/");
        return kind == ArtifactKind.MONITOR ? monitor : !monitor;
    }
}
