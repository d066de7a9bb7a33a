package dev.yardstick.runtime.sink.datadog;

import static java.util.Objects.requireNonNull;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.JSON;
import com.datadog.api.client.v2.model.MetricContentEncoding;
import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.MetricKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.runtime.sink.Sink;
import dev.yardstick.runtime.sink.batch.BatchingSender;
import dev.yardstick.runtime.sink.batch.DeliveryReport;
import dev.yardstick.runtime.sink.spool.Spool;
import dev.yardstick.runtime.time.Sleeper;
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
 * points, through a {@link BatchingSender}. Batches not delivered by the deadline, after their retries, or
 * because the intake refused the API key (401/403) are written to the {@link Spool}; they are replayed by the
 * first {@link #send} of the next run ({@link #beginRun}) or process, or by {@link #replaySpool}, while younger
 * than the spool's {@code max-age}; older ones are dropped as {@code too_old}.
 *
 * <p>A refused key is not counted as dropped: those points are counted as spooled, so fixing the key recovers
 * them, and an error is logged; {@link #credentialsRefused()} lets the caller fail the run.
 */
public final class DatadogSink implements Sink {
    private static final System.Logger LOG = System.getLogger(DatadogSink.class.getName());

    private final DatadogSinkSettings settings;
    private final ApiClient client;
    private final ExecutorService executor;
    private final BatchingSender sender;
    private final DatadogTransport series;
    private final DatadogTransport distributions;
    private final Spool spool;
    private final AtomicBoolean replayed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean refused;

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
        this.client = DatadogApiClients.create(settings, apiKey);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "yardstick-sink-" + settings.name());
            thread.setDaemon(true);
            return thread;
        });
        this.sender = new BatchingSender(settings.batching(), clock, sleeper, executor, random);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new JSON().getMapper();
        String baseUrl = settings.baseUrl().toString();
        this.series = DatadogTransport.series(new com.datadog.api.client.v2.api.MetricsApi(client), mapper,
                encoding(settings.compression()), apiKey, baseUrl);
        this.distributions = DatadogTransport.distributions(new com.datadog.api.client.v1.api.MetricsApi(client),
                mapper, settings.compression() != Compression.NONE, apiKey, baseUrl);
        this.spool = new Spool(settings.spool(), clock);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public SendResult send(List<MetricPoint> points, Instant deadline) {
        return deliver(points, deadline, replayed.compareAndSet(false, true));
    }

    /** The next send replays the spool again: a long-lived process retries what earlier runs spooled. */
    @Override
    public void beginRun() {
        replayed.set(false);
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
        Spool.Replay spooled = replay ? loadSpool() : new Spool.Replay(List.of(), List.of(), 0);
        List<MetricPoint> all = new ArrayList<>(points);
        all.addAll(spooled.fresh());
        List<MetricPoint> plain = new ArrayList<>();
        List<MetricPoint> dists = new ArrayList<>();
        all.forEach(point -> (point.kind() == MetricKind.DISTRIBUTION ? dists : plain).add(point));
        DeliveryReport report = sender.send(plain, series, deadline);
        report = report.plus(report.refused() ? refuseAll(dists) : sender.send(dists, distributions, deadline));
        if (report.refused() && !refused) {
            refused = true;
            LOG.log(System.Logger.Level.ERROR, "sink {0}: Datadog refused the API key at {1}; points are spooled"
                    + " in {2} and replayed once the key is fixed", name(), settings.baseUrl(),
                    settings.spool().path());
        }
        Map<String, Long> dropped = new HashMap<>(report.dropped());
        if (spooled.tooOld() > 0) {
            dropped.merge("too_old", spooled.tooOld(), Long::sum);
        }
        long written = writeSpool(report.undelivered(), dropped);
        finishReplay(spooled, dropped);
        return new SendResult(report.sent(), dropped, report.retries(), written);
    }

    private static DeliveryReport refuseAll(List<MetricPoint> points) {
        return points.isEmpty() ? DeliveryReport.NOTHING
                : new DeliveryReport(0, Map.of(), 0, List.of(points), true);
    }

    private Spool.Replay loadSpool() {
        try {
            return spool.load();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot read spool {1}: {2}", name(),
                    settings.spool().path(), e.toString());
            return new Spool.Replay(List.of(), List.of(), 0);
        }
    }

    private long writeSpool(List<List<MetricPoint>> batches, Map<String, Long> dropped) {
        long written = 0;
        for (List<MetricPoint> batch : batches) {
            try {
                spool.write(batch);
                written += batch.size();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot spool {1} points: {2}", name(), batch.size(),
                        e.toString());
                dropped.merge("spool_error", (long) batch.size(), Long::sum);
            }
        }
        return written;
    }

    /** Deletes replayed files (their points were delivered, dropped or spooled again) and bounds the spool. */
    private void finishReplay(Spool.Replay replayedFiles, Map<String, Long> dropped) {
        try {
            spool.delete(replayedFiles.files());
            long full = spool.enforceMaxBytes();
            if (full > 0) {
                dropped.merge("spool_full", full, Long::sum);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot clean spool {1}: {2}", name(),
                    settings.spool().path(), e.toString());
        }
    }

    private static MetricContentEncoding encoding(Compression compression) {
        switch (compression) {
            case GZIP:
                return MetricContentEncoding.GZIP;
            case DEFLATE:
                return MetricContentEncoding.DEFLATE;
            default:
                return null;
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
            client.getHttpClient().close();
        }
    }
}
