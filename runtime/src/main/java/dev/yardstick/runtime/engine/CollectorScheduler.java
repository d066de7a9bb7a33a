package dev.yardstick.runtime.engine;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Runs collectors as a dependency graph: a collector starts once every collector of the types it depends on has
 * finished, at most {@code parallelism} at a time. Each runs on its own daemon thread so that one which ignores
 * interruption can be abandoned at its timeout without holding up the run. Outcomes are reported as they arrive.
 */
final class CollectorScheduler {
    /** Longest wait between looks at the clock, so that a fake clock's advance is noticed promptly. */
    private static final Duration CLOCK_CHECK = Duration.ofMillis(50);

    private record Running(CollectorUnit unit, CollectorFeed.Collection feed, Thread thread, Instant started,
            Instant deadline) {
    }

    private record Done(String id, CollectResult result, Throwable error) {
    }

    /** Gives each collection its feed and hears how each collector ended. */
    interface Finisher {
        /**
         * Opens the feed of a collection about to start (or of a collector that never starts).
         *
         * @param unit the collector
         * @param keepTagged true when a collector still to start depends on this one's points
         * @return the feed, whose emitter goes into the collector's request
         */
        CollectorFeed.Collection open(CollectorUnit unit, boolean keepTagged);

        /**
         * Hears that a collector ended, once all its points went through the pipeline.
         *
         * @param outcome how it ended
         */
        void finished(CollectorOutcome outcome);
    }

    /** The scheduler's side of a {@link Finisher}: an ended collection, its outcome and returned points. */
    @FunctionalInterface
    private interface Outcomes {
        void accept(CollectorFeed.Collection feed, CollectorOutcome outcome, List<MetricPoint> points)
                throws InterruptedException;
    }

    private static final long MAX_GRACE_SECONDS = 10;
    /** The longest head start the cooperative deadline gets over the hard timeout. */
    private static final Duration MAX_GRACE = Duration.ofSeconds(MAX_GRACE_SECONDS);

    private final Clock clock;
    private final int parallelism;
    private final UnaryOperator<String> redact;
    private final Set<Collector> busy;
    private final RunListener listener;

    /**
     * Creates a scheduler for one run.
     *
     * @param clock the engine's clock
     * @param parallelism collectors running at once
     * @param redact removes secrets from failure messages
     * @param busy collector instances whose {@code collect()} is still running, shared across the runs of one
     *     engine (thread-safe, identity-based)
     * @param listener hears collectors start
     */
    CollectorScheduler(Clock clock, int parallelism, UnaryOperator<String> redact, Set<Collector> busy,
            RunListener listener) {
        this.clock = clock;
        this.parallelism = parallelism;
        this.redact = redact;
        this.busy = busy;
        this.listener = listener;
    }

    /**
     * Runs the units.
     *
     * @param units the collectors of the run, in configuration order
     * @param at the evaluation instant
     * @param runDeadline the run deadline on the engine's clock
     * @param stopping true once the process shuts down: nothing starts any more and running collectors are
     *     abandoned at once
     * @param deliver opens each collection's feed, through which its points go to the sinks (emitted ones as they
     *     arrive, returned ones as it ends), and hears each outcome
     * @throws InterruptedException if interrupted
     */
    void run(List<CollectorUnit> units, Instant at, Instant runDeadline, BooleanSupplier stopping,
            Finisher deliver) throws InterruptedException {
        Map<String, CollectorUnit> pending = new LinkedHashMap<>();
        units.forEach(unit -> pending.put(unit.id(), unit));
        Map<String, Running> running = new HashMap<>();
        DependencyInputs produced = new DependencyInputs(units);
        Outcomes sink = (feed, outcome, points) -> {
            produced.finished(outcome, feed.finish(points));
            deliver.finished(outcome);
        };
        LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
        while (!pending.isEmpty() || !running.isEmpty()) {
            if (stopping.getAsBoolean()) {
                abandon(running, sink, "stopped: the process is shutting down");
                for (CollectorUnit unit : pending.values()) {
                    notStarted(deliver, sink, unit, failed(unit, "never started: the process is shutting down"));
                }
                return;
            }
            for (CollectorUnit skipped : startReady(pending, running, produced, at, runDeadline, done, deliver)) {
                notStarted(deliver, sink, skipped, stillRunning(skipped));
            }
            if (running.isEmpty()) {
                for (CollectorUnit unit : pending.values()) {
                    notStarted(deliver, sink, unit, blocked(unit));
                }
                return;
            }
            Instant next = running.values().stream().map(Running::deadline).min(Instant::compareTo).orElseThrow();
            Duration wait = Duration.between(clock.instant(), next);
            wait = wait.isNegative() ? Duration.ZERO : wait.compareTo(CLOCK_CHECK) > 0 ? CLOCK_CHECK : wait;
            Done finished = done.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (finished != null && running.containsKey(finished.id())) {
                Running run = running.remove(finished.id());
                List<MetricPoint> points = finished.error() == null ? finished.result().points() : List.of();
                sink.accept(run.feed(), outcome(run, finished, run.feed().end()), points);
            }
            expire(running, sink);
        }
    }

    private static void notStarted(Finisher deliver, Outcomes sink, CollectorUnit unit, CollectorOutcome outcome)
            throws InterruptedException {
        sink.accept(deliver.open(unit, false), outcome, List.of());
    }

    /** Starts what may start; returns the units skipped because their instance is still busy. */
    private List<CollectorUnit> startReady(Map<String, CollectorUnit> pending, Map<String, Running> running,
            DependencyInputs produced, Instant at, Instant runDeadline, LinkedBlockingQueue<Done> done,
            Finisher deliver) {
        List<CollectorUnit> skipped = new ArrayList<>();
        for (CollectorUnit unit : List.copyOf(pending.values())) {
            if (running.size() >= parallelism) {
                break;
            }
            if (waitsForAnother(unit, pending, running)) {
                continue;
            }
            pending.remove(unit.id());
            if (!busy.add(unit.collector())) {
                skipped.add(unit);
                continue;
            }
            Instant start = clock.instant();
            Instant own = start.plus(unit.timeout());
            Instant hard = own.isBefore(runDeadline) ? own : runDeadline;
            Instant cooperative = cooperative(start, hard);
            CollectorFeed.Collection feed = deliver.open(unit, produced.wanted(unit.type()));
            CollectRequest request = new CollectRequest(at, cooperative, produced.inputsFor(unit), feed);
            Thread thread = new Thread(() -> {
                try {
                    done.add(invoke(unit, request));
                } finally {
                    busy.remove(unit.collector());
                }
            }, "collector-" + unit.id());
            thread.setDaemon(true);
            running.put(unit.id(), new Running(unit, feed, thread, start, hard));
            listener.collectorStarted(unit.id());
            thread.start();
        }
        return skipped;
    }

    /**
     * The deadline a collector is asked to honour: a tenth of its time (at most {@value #MAX_GRACE_SECONDS} s)
     * before the hard one, so that it can return the sections it finished before it is abandoned.
     */
    private static Instant cooperative(Instant start, Instant hard) {
        Duration grace = Duration.between(start, hard).dividedBy(10);
        return hard.minus(grace.compareTo(MAX_GRACE) > 0 ? MAX_GRACE : grace);
    }

    private static boolean waitsForAnother(CollectorUnit unit, Map<String, CollectorUnit> pending,
            Map<String, Running> running) {
        return pending.values().stream().anyMatch(other -> other != unit && unit.dependsOn().contains(other.type()))
                || running.values().stream().anyMatch(other -> unit.dependsOn().contains(other.unit().type()));
    }

    private static Done invoke(CollectorUnit unit, CollectRequest request) {
        try {
            return new Done(unit.id(), unit.collector().collect(request), null);
        } catch (Throwable error) {
            return new Done(unit.id(), null, error);
        }
    }

    private CollectorOutcome outcome(Running run, Done finished, long emitted) {
        Duration took = Duration.between(run.started(), clock.instant());
        CollectorUnit unit = run.unit();
        if (finished.error() != null) {
            FailureKind kind = finished.error() instanceof InterruptedException ? FailureKind.TIMEOUT
                    : FailureKind.INTERNAL;
            String message = redact.apply(String.valueOf(finished.error()));
            return new CollectorOutcome(unit.id(), unit.type(), Status.FAILED, emitted,
                    List.of(new CollectFailure("collector", kind, message)), took);
        }
        CollectResult result = finished.result();
        List<CollectFailure> failures = result.failures().stream()
                .map(f -> new CollectFailure(f.section(), f.kind(), redact.apply(f.message()))).toList();
        Status status = failures.isEmpty() ? Status.SUCCESS
                : failures.stream().anyMatch(f -> f.kind() == FailureKind.TIMEOUT) ? Status.TIMEOUT : Status.FAILED;
        return new CollectorOutcome(unit.id(), unit.type(), status, emitted + result.points().size(), failures,
                took);
    }

    private void expire(Map<String, Running> running, Outcomes sink) throws InterruptedException {
        Instant now = clock.instant();
        for (Running run : List.copyOf(running.values())) {
            if (!now.isBefore(run.deadline())) {
                abandon(run, running, sink, "did not finish within " + run.unit().timeout().toMillis()
                        + " ms; interrupted");
            }
        }
    }

    private void abandon(Map<String, Running> running, Outcomes sink, String why) throws InterruptedException {
        for (Running run : List.copyOf(running.values())) {
            abandon(run, running, sink, why);
        }
    }

    private void abandon(Running run, Map<String, Running> running, Outcomes sink, String why)
            throws InterruptedException {
        run.thread().interrupt();
        running.remove(run.unit().id());
        Duration took = Duration.between(run.started(), clock.instant());
        long emitted = run.feed().end(); // waits for an emit in progress, which the interrupt cuts short
        sink.accept(run.feed(), new CollectorOutcome(run.unit().id(), run.unit().type(), Status.TIMEOUT, emitted,
                List.of(new CollectFailure("collector", FailureKind.TIMEOUT, why)), took), List.of());
    }

    private static CollectorOutcome stillRunning(CollectorUnit unit) {
        return new CollectorOutcome(unit.id(), unit.type(), Status.STILL_RUNNING, 0,
                List.of(new CollectFailure("collector", FailureKind.TIMEOUT,
                        "skipped: an earlier call on this instance was abandoned and is still running")),
                Duration.ZERO);
    }

    private static CollectorOutcome blocked(CollectorUnit unit) {
        return failed(unit, "never started: the run deadline passed or its dependencies " + unit.dependsOn()
                + " did not finish");
    }

    private static CollectorOutcome failed(CollectorUnit unit, String why) {
        return new CollectorOutcome(unit.id(), unit.type(), Status.FAILED, 0,
                List.of(new CollectFailure("collector", FailureKind.INTERNAL, why)), Duration.ZERO);
    }
}
