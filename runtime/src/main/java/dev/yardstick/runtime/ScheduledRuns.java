package dev.yardstick.runtime;

import static java.util.Objects.requireNonNull;

import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.engine.RunReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Runs started by {@link Yardstick#schedule}, on one thread of their own: the first run starts at once, each
 * later one at its planned instant (start + k &times; period, plus jitter) on the instance's clock, waits go through its sleeper, and a run that
 * overruns its period is never overlapped (the missed starts are skipped). {@link #stop} is graceful: the run in
 * progress finishes (delivering, or spooling what it could not deliver), then the thread ends; a wait in between
 * is cut short.
 */
public final class ScheduledRuns implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("yardstick");

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration period;
    private final Duration jitter;
    private final RandomGenerator random;
    private final RunBody body;
    private final Consumer<RunReport> listener;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean waiting;
    private volatile Optional<RunReport> last = Optional.empty();
    private volatile Throwable failure;

    /** One run, as {@link Yardstick#run} does it. */
    @FunctionalInterface
    interface RunBody {
        RunReport run() throws InterruptedException;
    }

    ScheduledRuns(Clock clock, Sleeper sleeper, Duration period, Duration jitter, RandomGenerator random,
            RunBody body, Consumer<RunReport> listener) {
        this.clock = requireNonNull(clock, "clock is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.period = requireNonNull(period, "period is null");
        this.jitter = requireNonNull(jitter, "jitter is null");
        this.random = requireNonNull(random, "random is null");
        this.body = requireNonNull(body, "body is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.thread = new Thread(this::loop, "yardstick-schedule");
    }

    ScheduledRuns start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            Instant origin = clock.instant();
            long tick = 0;
            while (!stopping) {
                Instant planned = origin.plus(period.multipliedBy(tick));
                waitUntil(tick == 0 ? planned : planned.plus(jitterDelay()));
                if (stopping) {
                    break;
                }
                RunReport report = body.run();
                last = Optional.of(report);
                listener.accept(report);
                long next = Math.max(tick + 1, ticksUntilNow(origin));
                if (next > tick + 1) {
                    LOG.log(System.Logger.Level.WARNING, "the run took longer than the period " + period
                            + "; skipping " + (next - tick - 1) + " start(s) so that runs never overlap");
                }
                tick = next;
            }
        } catch (InterruptedException e) {
            if (!stopping) {
                failure = e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.log(System.Logger.Level.ERROR, "scheduled runs stopped: " + e, e);
        } finally {
            stopped.countDown();
        }
    }

    /** The number of the first planned start not in the past. */
    private long ticksUntilNow(Instant origin) {
        Duration elapsed = Duration.between(origin, clock.instant());
        long nanos = period.toNanos();
        return elapsed.isNegative() ? 0 : (elapsed.toNanos() + nanos - 1) / nanos;
    }

    private Duration jitterDelay() {
        return jitter.isZero() ? Duration.ZERO : Duration.ofMillis(random.nextLong(jitter.toMillis() + 1));
    }

    private void waitUntil(Instant when) throws InterruptedException {
        Duration wait = Duration.between(clock.instant(), when);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        waiting = true;
        try {
            if (!stopping) {
                sleeper.sleep(wait);
            }
        } finally {
            waiting = false;
        }
    }

    /** Asks the runs to stop: the run in progress finishes, a wait is cut short, no new run starts. */
    public void stop() {
        stopping = true;
        if (waiting) {
            thread.interrupt();
        }
    }

    /**
     * Waits until the runs have stopped.
     *
     * @param timeout the longest wait
     * @return true if they stopped in time
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits, without limit, until the runs have stopped (after {@link #stop}, or a failure).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /**
     * Returns the report of the latest finished run.
     *
     * @return the report, empty before the first run ends
     */
    public Optional<RunReport> lastReport() {
        return last;
    }

    /**
     * Returns what ended the runs other than {@link #stop}.
     *
     * @return the failure, if any
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops gracefully and waits for the run in progress to finish. */
    @Override
    public void close() throws InterruptedException {
        stop();
        awaitStopped();
    }
}
