package dev.yardstick.wandb;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One collection of one project, section by section: {@code active} (the running runs), {@code runs} (the
 * windowed counts), {@code training} and {@code metrics}. The first needs the listing of running runs, the
 * others the listing of runs created within 7 days; each listing is fetched once and its failure fails every
 * section that needs it, while the other sections still emit.
 */
final class ProjectCollection {
    /** Warnings about undecodable run fields logged one by one per collection. */
    static final int MAX_WARNINGS = 20;
    /** Timestamps as W&B writes them. */
    static final DateTimeFormatter WANDB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private final WandbClient client;
    private final WandbSettings settings;
    private final Instant at;
    private final RunTypes types;
    private final System.Logger logger;
    private final Set<String> warned = new HashSet<>();
    private Listing recent;
    private Listing running;

    ProjectCollection(WandbClient client, WandbSettings settings, Instant at, System.Logger logger) {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.at = requireNonNull(at, "at is null");
        this.logger = requireNonNull(logger, "logger is null");
        this.types = new RunTypes(settings.runTypes());
    }

    /** A unit of work producing the measurements of one section. */
    @FunctionalInterface
    private interface Section {
        List<Measurement> run() throws WandbApiException, InterruptedException;
    }

    /** A listing's runs, or why it failed. */
    private record Listing(List<WandbRun> runs, WandbApiException failure) {
    }

    void collectInto(CollectResult.Builder out) throws InterruptedException {
        Window window = new Window(at, settings.window());
        Window week = new Window(at, WandbSettings.LONG_WINDOW);
        section("active", () -> RunCountMetrics.active(running(), types), out);
        section("runs", () -> RunCountMetrics.recent(recent(), types, window, week), out);
        section("training", () -> TrainingMetrics.compute(recent(), window, settings), out);
        section("metrics", () -> SummaryMetrics.compute(recent(), at, settings.summaryMetrics()), out);
        warnRest();
    }

    /**
     * The filter of the first fetch: runs created at or after {@code at − 7d} (whole seconds, rounded down), written
     * as W&B writes timestamps: UTC without a zone suffix.
     */
    String recentFilter() {
        return "{\"createdAt\": {\"$gte\": \"" + WANDB_TIME.format(at.minus(WandbSettings.LONG_WINDOW)) + "\"}}";
    }

    private List<WandbRun> recent() throws WandbApiException, InterruptedException {
        if (recent == null) {
            recent = fetch(recentFilter(), "runs created since " + at.minus(WandbSettings.LONG_WINDOW));
        }
        return runsOf(recent);
    }

    private List<WandbRun> running() throws WandbApiException, InterruptedException {
        if (running == null) {
            running = fetch("{\"state\": \"running\"}", "running runs");
        }
        return runsOf(running);
    }

    private Listing fetch(String filter, String what) throws InterruptedException {
        try {
            List<WandbRun> runs = client.runs(filter, what);
            runs.forEach(this::warnOnce);
            return new Listing(runs, null);
        } catch (WandbApiException failure) {
            return new Listing(List.of(), failure);
        }
    }

    private static List<WandbRun> runsOf(Listing listing) throws WandbApiException {
        if (listing.failure() != null) {
            throw listing.failure();
        }
        return listing.runs();
    }

    /**
     * One warning per undecodable field of a run, even when the run is in both listings; beyond
     * {@link #MAX_WARNINGS} per collection, one closing line counts the rest.
     */
    private void warnOnce(WandbRun run) {
        for (String problem : run.problems()) {
            if (warned.add(run.name() + "\u0000" + problem) && warned.size() <= MAX_WARNINGS) {
                logger.log(System.Logger.Level.WARNING, settings.projectPath() + ": run " + run.name() + ": "
                        + problem + "; its values are ignored and the run still counts");
            }
        }
    }

    private void warnRest() {
        if (warned.size() > MAX_WARNINGS) {
            logger.log(System.Logger.Level.WARNING, settings.projectPath() + ": " + (warned.size() - MAX_WARNINGS)
                    + " more undecodable summaryMetrics or config fields; their values are ignored and the runs "
                    + "still count");
        }
    }

    private void section(String name, Section section, CollectResult.Builder out) throws InterruptedException {
        List<Measurement> measurements;
        try {
            measurements = section.run();
        } catch (WandbApiException failure) {
            out.fail(new CollectFailure(name, failure.kind(), settings.projectPath() + ": " + failure.getMessage()));
            return;
        }
        Tags project = Tags.of(WandbMetrics.PROJECT_TAG, settings.projectPath());
        for (Measurement measurement : measurements) {
            Tags tags = measurement.runType().map(type -> project.and(WandbMetrics.RUN_TYPE_TAG, type)).orElse(project);
            out.add(Gauge.of(measurement.name(), measurement.value(), WandbMetrics.unit(measurement.name()), at, tags));
        }
    }
}
