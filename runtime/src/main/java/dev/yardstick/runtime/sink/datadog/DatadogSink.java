package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.MetricKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.runtime.sink.Sink;
import dev.yardstick.runtime.sink.batch.BatchingSender;
import dev.yardstick.runtime.sink.batch.DeliveryReport;
import dev.yardstick.runtime.sink.spool.Spool;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * Sends points to the Datadog intake: gauges, counts and rates as v2 series, distributions as v1 distribution
 * points, through a {@link BatchingSender}. Points outside the intake's timestamp window are dropped and counted
 * first ({@link IntakeWindow}). Batches not delivered by the deadline, after their retries, or because the intake
 * refused the API key (401/403) are written to the {@link Spool}; they are replayed by the first {@link #send} of
 * the next run ({@link #beginRun}) or process, or by {@link #replaySpool}, while younger than the spool's
 * {@code max-age}; older ones are dropped as {@code too_old}. A replay claims the spool's files first, so two
 * processes sharing a spool never send one file twice, and deletes each file once its own points are settled.
 * Once the intake failed in a run (points handed back), the run's later sends spool at once rather than spend
 * their retries again; the next run replays them.
 *
 * <p>A refused key is not counted as dropped: those points are counted as spooled, so fixing the key recovers
 * them, and an error is logged; {@link #credentialsRefused()} lets the caller fail the run.
 */
public final class DatadogSink implements Sink {
    private static final System.Logger LOG = System.getLogger(DatadogSink.class.getName());

    private final DatadogSinkSettings settings;
    private final IntakeClient client;
    private final ExecutorService executor;
    private final BatchingSender sender;
    private final DatadogTransport series;
    private final DatadogTransport distributions;
    private final Spool spool;
    private final IntakeWindow window;
    private final AtomicBoolean replayed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean refused;
    /** Set once the intake failed in this run: later sends of the run spool at once instead of waiting again. */
    private volatile boolean failingThisRun;

    /**
     * Creates the sink.
     *
     * @param settings its settings; must be {@link DatadogSinkSettings#active() active}
     * @param clock the source of all time
     * @param sleeper performs every wait
     */
    public DatadogSink(DatadogSinkSettings settings, Clock clock, Sleeper sleeper) {
        this(settings, clock, sleeper, new SplittableRandom());
    }

    /**
     * Creates the sink with a given jitter source.
     *
     * @param settings its settings; must be {@link DatadogSinkSettings#active() active}
     * @param clock the source of all time
     * @param sleeper performs every wait
     * @param random the jitter source
     */
    public DatadogSink(DatadogSinkSettings settings, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.settings = requireNonNull(settings, "settings is null");
        Secret apiKey = settings.apiKey().orElseThrow(() -> new IllegalArgumentException(
                "datadog sink " + settings.name() + " has no API key"));
        this.client = new IntakeClient(apiKey, settings.connectTimeout(), settings.readTimeout(),
                "http".equals(settings.baseUrl().getScheme()));
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "yardstick-sink-" + settings.name());
            thread.setDaemon(true);
            return thread;
        });
        this.sender = new BatchingSender(settings.batching(), clock, sleeper, executor, random);
        String baseUrl = settings.baseUrl().toString();
        this.series = DatadogTransport.series(client, baseUrl, settings.compression());
        this.distributions = DatadogTransport.distributions(client, baseUrl, settings.compression());
        this.spool = new Spool(settings.spool(), clock);
        this.window = new IntakeWindow(clock);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public SendResult send(List<MetricPoint> points, Instant deadline) {
        return deliver(points, deadline, replayed.compareAndSet(false, true));
    }

    @Override
    public void cutoff(Instant deadline) {
        sender.cutoff(deadline);
    }

    /** The next send replays the spool again: a long-lived process retries what earlier runs spooled. */
    @Override
    public void beginRun() {
        replayed.set(false);
        failingThisRun = false;
    }

    /**
     * Replays the spool now, whether or not a send already did so in this run.
     *
     * @param deadline when to give up and leave the rest spooled
     * @return what was sent, dropped as too old, and spooled again
     */
    public SendResult replaySpool(Instant deadline) {
        replayed.set(true);
        return deliver(List.of(), deadline, true);
    }

    /**
     * Tells whether the intake refused the API key (401/403) during this process.
     *
     * @return true after a refusal
     */
    public boolean credentialsRefused() {
        return refused;
    }

    private synchronized SendResult deliver(List<MetricPoint> points, Instant deadline, boolean replay) {
        SendResult result = replay ? replayClaims(deadline) : SendResult.delivered(0);
        Attempt fresh = attempt(points, deadline);
        return result.plus(fresh.result()).plus(spoolAll(fresh.undelivered(), spool::write));
    }

    /** What one attempt delivered and dropped, and the batches it hands back. */
    private record Attempt(SendResult result, List<List<MetricPoint>> undelivered) {
    }

    /**
     * Replays this process's claims on the spool one file at a time, oldest first, finishing each file as soon as
     * its points are delivered, dropped or spooled again; once the intake fails, the rest are released untouched.
     */
    private SendResult replayClaims(Instant deadline) {
        SendResult result = SendResult.delivered(0);
        boolean failing = false;
        for (Spool.Claim claim : claimSpool()) {
            try {
                if (failing) {
                    spool.release(claim);
                    continue;
                }
                Spool.Contents contents = spool.read(claim);
                if (contents.tooOld() > 0) {
                    result = result.plus(new SendResult(0, Map.of("too_old", contents.tooOld()), 0, 0));
                }
                Attempt attempt = attempt(contents.fresh(), deadline);
                result = result.plus(attempt.result())
                        .plus(spoolAll(attempt.undelivered(), batch -> spool.respool(claim, batch)));
                spool.finish(claim);
                failing = !attempt.undelivered().isEmpty();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot replay spool file {1}: {2}", name(),
                        claim.file(), e.toString());
            }
        }
        return result;
    }

    private Attempt attempt(List<MetricPoint> points, Instant deadline) {
        if (points.isEmpty()) {
            return new Attempt(SendResult.delivered(0), List.of());
        }
        IntakeWindow.Split split = window.split(points);
        if (failingThisRun && !split.inside().isEmpty()) {
            return new Attempt(new SendResult(0, split.dropped(), 0, 0), List.of(split.inside()));
        }
        List<MetricPoint> plain = new ArrayList<>(split.inside().size());
        List<MetricPoint> dists = new ArrayList<>();
        split.inside().forEach(point -> (point.kind() == MetricKind.DISTRIBUTION ? dists : plain).add(point));
        DeliveryReport report = sender.send(plain, series, deadline);
        report = report.plus(report.refused() ? refuseAll(dists) : sender.send(dists, distributions, deadline));
        if (report.refused() && !refused) {
            refused = true;
            LOG.log(System.Logger.Level.ERROR, "sink {0}: Datadog refused the API key at {1}; points are spooled"
                    + " in {2} and replayed once the key is fixed", name(), settings.baseUrl(),
                    settings.spool().path());
        }
        failingThisRun |= !report.undelivered().isEmpty();
        Map<String, Long> dropped = new HashMap<>(report.dropped());
        split.dropped().forEach((reason, count) -> dropped.merge(reason, count, Long::sum));
        return new Attempt(new SendResult(report.sent(), dropped, report.retries(), 0), report.undelivered());
    }

    private static DeliveryReport refuseAll(List<MetricPoint> points) {
        return points.isEmpty() ? DeliveryReport.NOTHING
                : new DeliveryReport(0, Map.of(), 0, List.of(points), true);
    }

    private List<Spool.Claim> claimSpool() {
        try {
            return spool.claim();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot read spool {1}: {2}", name(),
                    settings.spool().path(), e.toString());
            return List.of();
        }
    }

    /** Writes a batch to the spool. */
    @FunctionalInterface
    private interface SpoolWriter {
        Spool.Written write(List<MetricPoint> batch) throws IOException;
    }

    private SendResult spoolAll(List<List<MetricPoint>> batches, SpoolWriter writer) {
        long written = 0;
        Map<String, Long> dropped = new HashMap<>();
        for (List<MetricPoint> batch : batches) {
            try {
                Spool.Written outcome = writer.write(batch);
                written += outcome.stored() ? batch.size() : 0;
                if (outcome.evicted() > 0) {
                    dropped.merge("spool_full", outcome.evicted(), Long::sum);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot spool {1} points: {2}", name(), batch.size(),
                        e.toString());
                dropped.merge("spool_error", (long) batch.size(), Long::sum);
            }
        }
        return new SendResult(0, dropped, 0, written);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
            client.close();
        }
    }
}
