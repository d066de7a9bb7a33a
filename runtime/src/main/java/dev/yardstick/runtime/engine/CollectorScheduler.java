package dev.yardstick.runtime.engine;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.engine.CollectorOutcome.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs collectors as a dependency graph: a collector starts once every collector of the types it depends on has
 * finished, at most {@code parallelism} at a time. Each runs on its own daemon thread so that one which ignores
 * interruption can be abandoned at its timeout without holding up the run. Outcomes are reported as they arrive.
 */
final class CollectorScheduler {
    private record Running(CollectorUnit unit, Thread thread, long startNanos, long deadlineNanos) {
    }

    private record Done(String id, CollectResult result, Throwable error) {
    }

    private final Clock clock;
    private final int parallelism;
    private final UnaryOperator<String> redact;

    CollectorScheduler(Clock clock, int parallelism, UnaryOperator<String> redact) {
        this.clock = clock;
        this.parallelism = parallelism;
        this.redact = redact;
    }

    /**
     * Runs the units.
     *
     * @param units the collectors of the run, in configuration order
     * @param at the evaluation instant
     * @param runDeadlineNanos the run deadline on the {@link System#nanoTime()} scale
     * @param deliver takes each outcome as it arrives and returns its points as the pipeline tagged them, which
     *     is what the collectors depending on it see
     * @throws InterruptedException if interrupted
     */
    void run(List<CollectorUnit> units, Instant at, long runDeadlineNanos,
            Function<CollectorOutcome, List<MetricPoint>> deliver) throws InterruptedException {
        Map<String, CollectorUnit> pending = new LinkedHashMap<>();
        units.forEach(unit -> pending.put(unit.id(), unit));
        Map<String, Running> running = new HashMap<>();
        DependencyInputs produced = new DependencyInputs(units);
        Consumer<CollectorOutcome> sink = outcome -> produced.finished(outcome, deliver.apply(outcome));
        LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
        while (!pending.isEmpty() || !running.isEmpty()) {
            startReady(pending, running, produced, at, runDeadlineNanos, done);
            if (running.isEmpty()) {
                pending.values().forEach(unit -> sink.accept(blocked(unit)));
                return;
            }
            long waitNanos = running.values().stream().mapToLong(Running::deadlineNanos).min().orElseThrow()
                    - System.nanoTime();
            Done finished = done.poll(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
            if (finished != null && running.containsKey(finished.id())) {
                Running run = running.remove(finished.id());
                sink.accept(outcome(run, finished));
            }
            expire(running, sink);
        }
    }

    private void startReady(Map<String, CollectorUnit> pending, Map<String, Running> running,
            DependencyInputs produced, Instant at, long runDeadlineNanos, LinkedBlockingQueue<Done> done) {
        for (CollectorUnit unit : List.copyOf(pending.values())) {
            if (running.size() >= parallelism) {
                return;
            }
            if (waitsForAnother(unit, pending, running)) {
                continue;
            }
            pending.remove(unit.id());
            long start = System.nanoTime();
            long deadline = Math.min(start + unit.timeout().toNanos(), runDeadlineNanos);
            Instant collectorDeadline = clock.instant().plusNanos(Math.max(0, deadline - start));
            unit.deadlineListener().accept(collectorDeadline);
            CollectRequest request = new CollectRequest(at, collectorDeadline, produced.inputsFor(unit));
            Thread thread = new Thread(() -> done.add(invoke(unit, request)), "collector-" + unit.id());
            thread.setDaemon(true);
            running.put(unit.id(), new Running(unit, thread, start, deadline));
            thread.start();
        }
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

    private CollectorOutcome outcome(Running run, Done finished) {
        Duration took = Duration.ofNanos(System.nanoTime() - run.startNanos());
        CollectorUnit unit = run.unit();
        if (finished.error() != null) {
            FailureKind kind = finished.error() instanceof InterruptedException ? FailureKind.TIMEOUT
                    : FailureKind.INTERNAL;
            String message = redact.apply(String.valueOf(finished.error()));
            return new CollectorOutcome(unit.id(), unit.type(), Status.FAILED, List.of(),
                    List.of(new CollectFailure("collector", kind, message)), took);
        }
        CollectResult result = finished.result();
        List<CollectFailure> failures = result.failures().stream()
                .map(f -> new CollectFailure(f.section(), f.kind(), redact.apply(f.message()))).toList();
        return new CollectorOutcome(unit.id(), unit.type(), failures.isEmpty() ? Status.SUCCESS : Status.FAILED,
                result.points(), failures, took);
    }

    private static void expire(Map<String, Running> running, Consumer<CollectorOutcome> sink) {
        long now = System.nanoTime();
        for (Running run : List.copyOf(running.values())) {
            if (now >= run.deadlineNanos()) {
                run.thread().interrupt();
                running.remove(run.unit().id());
                Duration took = Duration.ofNanos(now - run.startNanos());
                sink.accept(new CollectorOutcome(run.unit().id(), run.unit().type(), Status.TIMEOUT, List.of(),
                        List.of(new CollectFailure("collector", FailureKind.TIMEOUT,
                                "did not finish within " + run.unit().timeout().toMillis() + " ms; interrupted")),
                        took));
            }
        }
    }

    private static CollectorOutcome blocked(CollectorUnit unit) {
        return new CollectorOutcome(unit.id(), unit.type(), Status.FAILED, List.of(),
                List.of(new CollectFailure("collector", FailureKind.INTERNAL,
                        "never started: the run deadline passed or its dependencies " + unit.dependsOn()
                                + " did not finish")), Duration.ZERO);
    }
}
