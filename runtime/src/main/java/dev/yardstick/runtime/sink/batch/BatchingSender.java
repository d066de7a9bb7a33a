package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryAfter;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

/**
 * Sends points through a {@link BatchTransport} in size-bounded batches, shared by every sink that posts to an
 * HTTP intake.
 *
 * <p>Policy: 2xx delivered; 408, 429, 5xx and I/O errors retried under the runtime's one {@link RetryPolicy}
 * (a 429's {@code Retry-After}, else its {@code X-RateLimit-Reset}, seconds until the reset, replaces the backoff;
 * over the cap the batch is handed back at once); 404 retried up to {@value #NOT_FOUND_ATTEMPTS} attempts (an
 * intake behind a load balancer answers 404 while it rolls out, as the Datadog Agent assumes) and then dropped
 * ({@code rejected}); 400 bisects the batch so that the valid points still arrive, dropping only single refused
 * points ({@code bad_request}); 413 splits it in halves down to single points ({@code too_large}); 401/403 stop all
 * sending without retries and hand every remaining batch back as undelivered, so a corrected key can replay
 * them; other 4xx drop the batch ({@code rejected}). No request and no wait runs past the deadline: what is
 * not delivered by then comes back as undelivered. Every wait goes through the {@link Sleeper} and all time
 * through the {@link Clock}.
 *
 * <p>Bodies are encoded one at a time by the {@link BatchPartitioner} as they are sent, so only the batch in flight
 * is held compressed; a retry resends the same bytes; the halves of a split batch are encoded again from their
 * points; batches handed back are point lists (the rest of the input is never encoded once sending stops).
 */
public final class BatchingSender {
    private static final System.Logger LOG = System.getLogger(BatchingSender.class.getName());
    private static final int MAX_LOGGED_BODY = 500;
    private static final int NOT_FOUND_ATTEMPTS = 3;
    private static final long CUTOFF_CHECK_MILLIS = 100;

    private final BatchingSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ExecutorService executor;
    private final RetryPolicy retry;
    private final BatchPartitioner partitioner;
    private volatile Instant cutoff = Instant.MAX;
    private final java.util.Set<Thread> sleeping = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The fate of one batch. */
    private enum Fate { DELIVERED, BAD_REQUEST, TOO_LARGE, REFUSED, REJECTED, UNDELIVERED, OUT_OF_TIME }

    private record Attempted(Fate fate, long retries) {
    }

    /**
     * Creates a sender.
     *
     * @param settings sizes and retry policy
     * @param clock the source of time
     * @param sleeper performs the waits
     * @param executor runs requests so that a hanging endpoint cannot hold the caller past the deadline
     * @param random the jitter source
     */
    public BatchingSender(BatchingSettings settings, Clock clock, Sleeper sleeper, ExecutorService executor,
            RandomGenerator random) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.retry = new RetryPolicy(settings.maxRetries() + 1,
                new Backoff(settings.backoffInitial(), settings.backoffMax(), random), settings.rateLimitWaitCap());
        this.partitioner = new BatchPartitioner(settings.maxCompressedBytes(), settings.maxRawBytes());
    }

    /**
     * Sends points, returning before the deadline.
     *
     * @param points the points
     * @param transport the endpoint
     * @param deadline when to give up and hand the rest back
     * @return what happened to every point
     */
    public DeliveryReport send(List<MetricPoint> points, BatchTransport transport, Instant deadline) {
        return send(points, transport, () -> deadline.isBefore(cutoff) ? deadline : cutoff);
    }

    /**
     * Brings every deadline forward to {@code at}, the sends in progress included (on shutdown).
     *
     * @param at the new latest deadline
     */
    public void cutoff(Instant at) {
        cutoff = requireNonNull(at, "at is null");
        sleeping.forEach(Thread::interrupt);
    }

    private DeliveryReport send(List<MetricPoint> points, BatchTransport transport,
            java.util.function.Supplier<Instant> deadline) {
        if (points.isEmpty()) {
            return DeliveryReport.NOTHING;
        }
        BatchPartitioner.Batches batches = partitioner.batches(points, transport);
        Deque<List<MetricPoint>> halves = new ArrayDeque<>();
        Map<String, Long> dropped = new HashMap<>();
        List<List<MetricPoint>> undelivered = new ArrayList<>();
        long sent = 0;
        long retries = 0;
        boolean refused = false;
        boolean stopped = false;
        while (!stopped && (!halves.isEmpty() || batches.hasNext())) {
            EncodedBatch batch = halves.isEmpty() ? batches.next()
                    : BatchPartitioner.encode(halves.pollFirst(), transport);
            Attempted attempted = deliver(batch, transport, deadline);
            retries += attempted.retries();
            List<MetricPoint> batchPoints = batch.points();
            switch (attempted.fate()) {
                case DELIVERED:
                    sent += batchPoints.size();
                    break;
                case BAD_REQUEST:
                    if (batchPoints.size() == 1) {
                        dropped.merge("bad_request", 1L, Long::sum);
                    } else {
                        splitInHalves(halves, batchPoints);
                    }
                    break;
                case REJECTED:
                    dropped.merge("rejected", (long) batchPoints.size(), Long::sum);
                    break;
                case TOO_LARGE:
                    if (batchPoints.size() == 1) {
                        dropped.merge("too_large", 1L, Long::sum);
                    } else {
                        splitInHalves(halves, batchPoints);
                    }
                    break;
                case REFUSED:
                case OUT_OF_TIME:
                    refused = attempted.fate() == Fate.REFUSED;
                    stopped = true;
                    undelivered.add(batchPoints);
                    undelivered.addAll(halves);
                    halves.clear();
                    List<MetricPoint> rest = batches.remaining();
                    if (!rest.isEmpty()) {
                        undelivered.add(rest);
                    }
                    break;
                default:
                    undelivered.add(batchPoints);
                    break;
            }
        }
        countUnsendable(batches, transport, dropped);
        return new DeliveryReport(sent, dropped, retries, undelivered, refused);
    }

    /** Counts the points found too large alone or impossible to encode ({@code too_large}, {@code non_finite}). */
    private static void countUnsendable(BatchPartitioner.Batches batches, BatchTransport transport,
            Map<String, Long> dropped) {
        int oversized = batches.oversized().size();
        if (oversized > 0) {
            dropped.merge("too_large", (long) oversized, Long::sum);
            LOG.log(System.Logger.Level.WARNING, "{0}: {1} points exceed the batch size limits alone; dropped",
                    transport.describe(), oversized);
        }
        int unencodable = batches.unencodable().size();
        if (unencodable > 0) {
            dropped.merge("non_finite", (long) unencodable, Long::sum);
            LOG.log(System.Logger.Level.ERROR, "{0}: {1} points have values JSON cannot carry; dropped",
                    transport.describe(), unencodable);
        }
    }

    private static void splitInHalves(Deque<List<MetricPoint>> halves, List<MetricPoint> batch) {
        int half = batch.size() / 2;
        halves.addFirst(batch.subList(half, batch.size()));
        halves.addFirst(batch.subList(0, half));
    }

    private Attempted deliver(EncodedBatch batch, BatchTransport transport,
            java.util.function.Supplier<Instant> deadlines) {
        long retries = 0;
        for (int attempt = 0; ; attempt++) {
            Instant deadline = deadlines.get();
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                return new Attempted(Fate.OUT_OF_TIME, retries);
            }
            TransportResponse response;
            try {
                response = call(batch, transport, deadlines);
            } catch (TimeoutException e) {
                LOG.log(System.Logger.Level.WARNING, "{0}: no answer before the deadline", transport.describe());
                return new Attempted(Fate.OUT_OF_TIME, retries);
            } catch (InterruptedException e) {
                // an interrupt ends the sending; what is left goes back to the caller to spool
                return new Attempted(Fate.OUT_OF_TIME, retries);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "{0}: {1}", transport.describe(), e.toString());
                response = null;
            }
            Fate fate = response == null ? null : classify(response, transport, attempt + 1);
            if (fate != null) {
                return new Attempted(fate, retries);
            }
            RetryPolicy.Decision decision = retry.next(attempt + 1, requestedWait(response), clock.instant(),
                    deadline);
            if (decision instanceof RetryPolicy.Stop) {
                RetryPolicy.Stop stop = (RetryPolicy.Stop) decision;
                LOG.log(System.Logger.Level.WARNING, "{0}: {1}; handing back", transport.describe(), stop.reason());
                return new Attempted(stop.outOfTime() ? Fate.OUT_OF_TIME : Fate.UNDELIVERED, retries);
            }
            Duration wait = ((RetryPolicy.Retry) decision).delay();
            try {
                sleeping.add(Thread.currentThread());
                if (deadlines.get().isBefore(deadline)) {
                    return new Attempted(Fate.OUT_OF_TIME, retries);
                }
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                return new Attempted(Fate.OUT_OF_TIME, retries);
            } finally {
                sleeping.remove(Thread.currentThread());
            }
            retries++;
        }
    }

    /** Returns the final fate of a response, or null when it should be retried. */
    private Fate classify(TransportResponse response, BatchTransport transport, int attemptsMade) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return Fate.DELIVERED;
        }
        boolean notFoundAgain = status == 404 && attemptsMade < NOT_FOUND_ATTEMPTS;
        if (status == 408 || status == 429 || status >= 500 || notFoundAgain) {
            LOG.log(System.Logger.Level.INFO, "{0}: HTTP {1}, will retry", transport.describe(), status);
            return null;
        }
        LOG.log(status == 413 ? System.Logger.Level.INFO : System.Logger.Level.ERROR, "{0}: HTTP {1}: {2}",
                transport.describe(), status, shortBody(response.body()));
        if (status == 400) {
            return Fate.BAD_REQUEST;
        }
        if (status == 413) {
            return Fate.TOO_LARGE;
        }
        if (status == 401 || status == 403) {
            return Fate.REFUSED;
        }
        return Fate.REJECTED;
    }

    /**
     * The wait a 429 asks for: {@code Retry-After} (seconds or an HTTP date), else Datadog's
     * {@code X-RateLimit-Reset} (seconds until the limit resets).
     */
    private java.util.Optional<Duration> requestedWait(TransportResponse response) {
        if (response == null || response.status() != 429) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Duration> retryAfter = response.header("Retry-After")
                .flatMap(value -> RetryAfter.parse(value, clock.instant()));
        return retryAfter.isPresent() ? retryAfter
                : response.header("X-RateLimit-Reset").flatMap(RetryAfter::deltaSeconds);
    }

    /** Waits for the answer in short slices, so that a deadline brought forward by {@link #cutoff} is noticed. */
    private TransportResponse call(EncodedBatch batch, BatchTransport transport,
            java.util.function.Supplier<Instant> deadlines) throws IOException, InterruptedException, TimeoutException {
        Future<TransportResponse> future = executor.submit(() -> transport.deliver(batch));
        long realEnd = System.nanoTime() + Duration.between(clock.instant(), deadlines.get()).toNanos();
        try {
            while (true) {
                long left = Math.min(Duration.between(clock.instant(), deadlines.get()).toMillis(),
                        TimeUnit.NANOSECONDS.toMillis(realEnd - System.nanoTime()));
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return future.get(Math.min(left, CUTOFF_CHECK_MILLIS), TimeUnit.MILLISECONDS);
                } catch (TimeoutException slice) {
                    // look at the deadline again
                }
            }
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IOException(cause);
        }
    }

    private static String shortBody(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_LOGGED_BODY ? oneLine : oneLine.substring(0, MAX_LOGGED_BODY) + "...";
    }
}
