package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.config.RuntimeBootstrap;
import dev.yardstick.runtime.config.Startup;
import dev.yardstick.runtime.config.StartupException;
import dev.yardstick.runtime.engine.CollectorUnit;
import dev.yardstick.runtime.engine.RunEngine;
import dev.yardstick.runtime.engine.RunListener;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.engine.RunSettings;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.pipeline.PipelineSettings;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.ConsumerSink;
import dev.yardstick.runtime.sink.setup.InactiveSink;
import dev.yardstick.runtime.sink.setup.SinkSelection;
import dev.yardstick.runtime.sink.setup.Sinks;
import dev.yardstick.runtime.telemetry.Telemetry;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Yardstick embedded: loads and validates configuration, discovers plugins, creates the enabled collectors and
 * the sinks, and runs collections. The CLI is a thin layer over this class; another JVM service can use it
 * directly. Start-up problems of every kind are reported together in one {@link StartupException}.
 */
public final class Yardstick implements AutoCloseable {
    /** Time kept at the end of the shutdown grace period for spooling and the summary. */
    private static final Duration SPOOL_MARGIN = Duration.ofSeconds(3);
    private final Startup startup;
    private final Clock clock;
    private final RunEngine engine;
    private final List<CollectorUnit> units;
    private static final System.Logger LOG = System.getLogger("yardstick");

    private final List<ConfiguredSink> sinks;
    private final List<InactiveSink> inactiveSinks;
    private final HttpServices http;
    private final Sleeper sleeper;
    private final RunSettings runSettings;
    private final List<ScheduledRuns> schedules = new CopyOnWriteArrayList<>();
    private boolean closed;

    private Yardstick(Startup startup, Clock clock, RunEngine engine, List<CollectorUnit> units,
            List<ConfiguredSink> sinks, List<InactiveSink> inactiveSinks, HttpServices http, Sleeper sleeper,
            RunSettings runSettings) {
        this.startup = startup;
        this.clock = clock;
        this.engine = engine;
        this.units = List.copyOf(units);
        this.sinks = List.copyOf(sinks);
        this.inactiveSinks = List.copyOf(inactiveSinks);
        this.http = http;
        this.sleeper = sleeper;
        this.runSettings = runSettings;
    }

    /**
     * Starts building an instance the way the CLI does: console and outbox sinks on by default.
     *
     * @param sources where configuration comes from
     * @return the builder
     */
    public static Builder builder(ConfigSources sources) {
        return new Builder(sources, false);
    }

    /**
     * Starts building an embedded instance: configuration from code ({@link Builder#config(Config)},
     * {@link Builder#config(Map)}, {@link Builder#hocon}, {@link Builder#set}) over
     * {@code config/application.conf} of the working directory (the process's current directory unless
     * {@link Builder#workingDirectory} says otherwise) and the {@code reference.conf} files; no {@code -D}
     * properties; quiet (no console table, no outbox) unless configured.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(new ConfigSources(Optional.empty(), List.of(), Path.of("").toAbsolutePath(), Map.of()),
                true);
    }

    /**
     * Runs collectors and delivers their points. Runs never overlap: a call made while another is in progress
     * waits for it to finish.
     *
     * @param options which collectors, at which instant, delivering or not
     * @return the report
     * @throws InterruptedException if interrupted
     */
    public synchronized RunReport run(RunOptions options) throws InterruptedException {
        Instant at = options.at().orElseGet(clock::instant);
        http.listener(options.listener());
        try {
            RunReport report = engine.run(CollectorPlan.select(units, options.collectorIds()), at, options.deliver(),
                    options.listener(), options.keepPoints());
            return options.deliver() ? NoActiveSink.check(report, sinks, startup.config()) : report;
        } finally {
            http.listener(RunListener.NONE);
        }
    }

    /**
     * Begins a graceful stop for a process shutdown (SIGTERM), without waiting: the run in progress starts no
     * more collectors, abandons those running, and its sinks deliver until the grace period is nearly over and
     * spool the rest; scheduled runs stop. Call from a shutdown hook, then wait for the run to return.
     *
     * @return the grace period, {@code yardstick.run.shutdown-grace}, measured from now
     */
    public Duration shutdown() {
        Duration grace = runSettings.shutdownGrace();
        Duration margin = grace.dividedBy(4).compareTo(SPOOL_MARGIN) > 0 ? SPOOL_MARGIN : grace.dividedBy(4);
        engine.shutdown(clock.instant().plus(grace.minus(margin)));
        synchronized (this) {
            schedules.forEach(ScheduledRuns::stop);
        }
        return grace;
    }

    /**
     * Starts running collections on a schedule, on a thread of its own, until {@link ScheduledRuns#stop} or
     * {@link #close}: the first at once, then every period (plus jitter) on this instance's clock, waiting through
     * its sleeper, never two at once. This is what {@code yardstick run --every} does; an embedding service can
     * call it instead of scheduling {@link #run} itself.
     *
     * @param schedule the period, jitter and run options
     * @param listener told each run's report, on the schedule's thread
     * @return the handle that stops the runs gracefully
     */
    public ScheduledRuns schedule(Schedule schedule, Consumer<RunReport> listener) {
        ScheduledRuns runs = new ScheduledRuns(clock, sleeper, schedule.period().orElse(runSettings.every()),
                schedule.jitter().orElse(runSettings.jitter()), schedule.random(), () -> run(schedule.options()),
                listener);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Yardstick is closed");
            }
            schedules.add(runs);
        }
        return runs.start();
    }

    /**
     * Sends points through the pipeline to every sink, outside any collection (e.g. a test metric).
     *
     * @param points the points
     * @return each sink's result
     */
    public Map<String, dev.yardstick.runtime.sink.SendResult> send(List<MetricPoint> points) {
        return engine.deliver(points);
    }

    /**
     * Returns the evaluation clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns what start-up loaded: the configuration, the discovered factories and the collector instances.
     *
     * @return the start-up state
     */
    public Startup startup() {
        return startup;
    }

    /**
     * Returns the active sinks.
     *
     * @return the sinks with their environments
     */
    public List<ConfiguredSink> sinks() {
        return sinks;
    }

    /**
     * Returns the configured sinks that receive nothing from this process's runs, with the reason (disabled, no
     * API key, an {@code environments} list excluding {@code yardstick.environment}, or {@code auto} while a
     * datadog sink receives the run).
     *
     * @return the inactive sinks
     */
    public List<InactiveSink> inactiveSinks() {
        return inactiveSinks;
    }

    /** Stops scheduled runs gracefully (the run in progress finishes), then closes everything. */
    @Override
    public void close() {
        schedules.forEach(ScheduledRuns::stop);
        try {
            for (ScheduledRuns runs : schedules) {
                runs.awaitStopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeNow();
    }

    private synchronized void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        units.forEach(unit -> closeQuietly(unit.collector()));
        sinks.forEach(sink -> sink.sink().close());
        http.close();
        release(startup);
    }

    /** Closes what start-up opened: the secret resolver and the plugins' class loaders. */
    private static void release(Startup startup) {
        if (startup.secrets() instanceof AutoCloseable) {
            try {
                ((AutoCloseable) startup.secrets()).close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing the secret resolver: " + e);
            }
        }
        startup.plugins().close();
    }

    private static void closeQuietly(Collector collector) {
        try {
            collector.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing a collector failed: " + e);
        }
    }

    /** Builds a {@link Yardstick}. */
    public static final class Builder {
        private final ConfigSources sources;
        private final boolean embedded;
        private final List<String> sets = new ArrayList<>();
        private final List<CollectorFactory> factories = new ArrayList<>();
        private final List<Config> factoryDefaults = new ArrayList<>();
        private Path workingDir;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private PrintStream console = System.out;
        private boolean configuredSinks = true;
        private final Map<String, Consumer<List<MetricPoint>>> extraSinks = new LinkedHashMap<>();

        private Builder(ConfigSources sources, boolean embedded) {
            this.sources = requireNonNull(sources, "sources is null");
            this.embedded = embedded;
            this.workingDir = sources.workingDir();
        }

        /**
         * Adds settings, above every file layer; a later call wins over an earlier one for the same setting.
         *
         * @param settings settings with full paths ({@code yardstick.collectors.github.repos = [...]})
         * @return this builder
         */
        public Builder config(Config settings) {
            sets.addAll(EmbeddedConfig.toSets(requireNonNull(settings, "settings is null")));
            return this;
        }

        /**
         * Adds settings from a map whose keys are paths ({@code "yardstick.run.parallelism" -> 2}) and whose
         * values are strings, numbers, booleans, lists or nested maps.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder config(Map<String, ?> settings) {
            return config(EmbeddedConfig.parseMap(requireNonNull(settings, "settings is null")));
        }

        /**
         * Adds settings written in HOCON.
         *
         * @param text the HOCON text
         * @return this builder
         * @throws StartupException if the text does not parse
         */
        public Builder hocon(String text) {
            return config(EmbeddedConfig.parseHocon(requireNonNull(text, "text is null")));
        }

        /**
         * Adds {@code --set} overrides ({@code path=value}; values starting with {@code [}, <code>{</code> or
         * {@code "} are HOCON).
         *
         * @param overrides the overrides
         * @return this builder
         */
        public Builder set(String... overrides) {
            sets.addAll(List.of(overrides));
            return this;
        }

        /**
         * Sets the directory {@code config/application.conf}, the plugins directory and every relative path
         * (outbox, spool, HTTP cache, secret files) are resolved against.
         *
         * @param value the directory
         * @return this builder
         */
        public Builder workingDirectory(Path value) {
            this.workingDir = requireNonNull(value, "value is null").toAbsolutePath().normalize();
            return this;
        }

        /**
         * Registers a collector factory in code, as if a plugin on the class path provided it: its type can then be
         * configured under {@code yardstick.collectors}, with the defaults of a {@code reference.conf} on the class
         * path, if any.
         *
         * @param factory the factory
         * @return this builder
         */
        public Builder addCollectorFactory(CollectorFactory factory) {
            factories.add(requireNonNull(factory, "factory is null"));
            return this;
        }

        /**
         * Registers a collector factory in code with its defaults, which declare its settings the way a plugin's
         * {@code reference.conf} does ({@code yardstick.collectors.TYPE { key = default }}); a setting without a
         * default is an unknown key.
         *
         * @param factory the factory
         * @param defaults its reference configuration, in HOCON
         * @return this builder
         */
        public Builder addCollectorFactory(CollectorFactory factory, String defaults) {
            factoryDefaults.add(EmbeddedConfig.parseHocon(requireNonNull(defaults, "defaults is null")));
            return addCollectorFactory(factory);
        }

        /**
         * Sets the clock (tests use a fake one).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value);
            return this;
        }

        /**
         * Sets how retries and rate-limit resets wait (tests advance a fake clock).
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = requireNonNull(value);
            return this;
        }

        /**
         * Sets where the console sink prints.
         *
         * @param value the stream
         * @return this builder
         */
        public Builder console(PrintStream value) {
            this.console = requireNonNull(value);
            return this;
        }

        /**
         * Leaves out the sinks of {@code yardstick.sinks} (for {@code collect} and {@code config check}).
         *
         * @return this builder
         */
        public Builder withoutConfiguredSinks() {
            this.configuredSinks = false;
            return this;
        }

        /**
         * Adds a sink receiving every batch leaving the pipeline, in every environment.
         *
         * @param name the sink name
         * @param consumer the receiver
         * @return this builder
         */
        public Builder addSink(String name, Consumer<List<MetricPoint>> consumer) {
            extraSinks.put(requireNonNull(name), requireNonNull(consumer));
            return this;
        }

        /**
         * Loads, validates and creates everything.
         *
         * @return the instance
         * @throws StartupException listing every configuration, discovery, secret and collector problem
         */
        public Yardstick build() {
            List<String> allSets = new ArrayList<>(sources.sets());
            allSets.addAll(sets);
            ConfigSources effective = new ConfigSources(sources.configFile(), allSets, workingDir,
                    sources.systemProperties());
            Startup startup = RuntimeBootstrap.start(effective, RuntimeBootstrap.class.getClassLoader(),
                    System.getenv(), factories, factoryDefaults);
            Config configured = EmbeddedConfig.resolvePaths(startup.config().getConfig("yardstick"), workingDir);
            Config yardstick = embedded ? EmbeddedConfig.quiet(configured) : configured;
            Telemetry telemetry = new Telemetry();
            Validation<Seq<ConfigProblem>, SinkSelection> sinkSettings = RuntimeSettings.block("yardstick.sinks",
                    () -> configuredSinks ? Sinks.create(yardstick, startup.secrets(), clock, sleeper, console)
                            : SinkSelection.none());
            SinkSelection selection = sinkSettings.getOrElse(SinkSelection.none());
            List<ConfigProblem> problems = new ArrayList<>(sinkSettings.fold(Seq::asJava, valid -> List.of()));
            Validation<Seq<ConfigProblem>, RuntimeSettings> settings = RuntimeSettings.read(yardstick);
            if (settings.isInvalid()) {
                selection.active().forEach(sink -> sink.sink().close());
                release(startup);
                problems.addAll(0, settings.getError().asJava());
                throw redacted(startup, problems);
            }
            RunSettings run = settings.get().run();
            PipelineSettings pipeline = settings.get().pipeline();
            HttpSettings httpSettings = settings.get().http();
            List<ConfiguredSink> sinks = new ArrayList<>(selection.active());
            HttpServices http = new HttpServices(httpSettings, clock, sleeper, telemetry);
            List<CollectorUnit> units = CollectorUnits.create(startup, run, pipeline.environment(), clock, http,
                    problems);
            if (!problems.isEmpty()) {
                units.forEach(unit -> closeQuietly(unit.collector()));
                sinks.forEach(sink -> sink.sink().close());
                http.close();
                release(startup);
                throw redacted(startup, problems);
            }
            extraSinks.forEach((name, consumer) -> sinks.add(new ConfiguredSink(new ConsumerSink(name, consumer),
                    Set.of())));
            if (configuredSinks && sinks.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, NoActiveSink.MESSAGE);
            }
            RunEngine engine = new RunEngine(clock, run, pipeline, sinks, telemetry, startup.redactor()::redact);
            selection.inactive().forEach(sink -> LOG.log(System.Logger.Level.INFO,
                    "sink " + sink.name() + " receives nothing from this run: " + sink.reason()));
            return new Yardstick(startup, clock, engine, units, sinks, selection.inactive(), http, sleeper, run);
        }

        private static StartupException redacted(Startup startup, List<ConfigProblem> problems) {
            return new StartupException(problems.stream().map(problem -> new ConfigProblem(problem.origin(),
                    problem.path(), startup.redactor().redact(problem.message()))).toList());
        }
    }
}
