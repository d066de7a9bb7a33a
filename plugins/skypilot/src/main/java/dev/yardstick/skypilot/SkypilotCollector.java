package dev.yardstick.skypilot;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.FailureKind;
import dev.yardstick.api.metric.Gauge;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the SkyPilot metrics: the {@code clusters} and {@code jobs} sections run concurrently, each bounded
 * by {@code request-deadline}, and fail independently (a failing section emits none of its metrics). A section
 * whose request expired on the server (404) starts over once.
 */
final class SkypilotCollector implements Collector {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final SkypilotSettings settings;
    private final CollectorContext context;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "yardstick-skypilot-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    SkypilotCollector(SkypilotSettings settings, CollectorContext context) {
        this.settings = requireNonNull(settings, "settings is null");
        this.context = requireNonNull(context, "context is null");
    }

    /** A unit of work producing the measurements of one section. */
    @FunctionalInterface
    private interface Section {
        List<Measurement> run() throws SkypilotApiException, InterruptedException;
    }

    /** What one section produced: measurements, or the failure that stopped it. */
    private record Outcome(List<Measurement> measurements, CollectFailure failure) {
    }

    @Override
    public CollectResult collect(CollectRequest request) throws InterruptedException {
        SkypilotClient client = new SkypilotClient(context.http(request), settings, context.clock(), request.deadline(),
                executor, context.logger());
        SkypilotSections sections = new SkypilotSections(client, settings, request.at(), context.logger());
        Map<String, Future<Outcome>> running = new LinkedHashMap<>();
        running.put("clusters", executor.submit(() -> outcome("clusters", sections::clusters)));
        running.put("jobs", executor.submit(() -> outcome("jobs", sections::jobs)));
        CollectResult.Builder out = CollectResult.builder();
        try {
            for (Map.Entry<String, Future<Outcome>> section : running.entrySet()) {
                emit(section.getKey(), await(section.getKey(), section.getValue(), request.deadline()), request.at(),
                        out);
            }
        } finally {
            running.values().forEach(future -> future.cancel(true));
        }
        return out.build();
    }

    private Outcome outcome(String name, Section section) throws InterruptedException {
        try {
            return new Outcome(section.run(), null);
        } catch (SkypilotApiException failure) {
            if (!failure.expired()) {
                return failed(name, failure);
            }
            context.logger().log(System.Logger.Level.INFO, "{0}: {1}; starting the section over once", name,
                    failure.getMessage());
        }
        try {
            return new Outcome(section.run(), null);
        } catch (SkypilotApiException failure) {
            return failed(name, failure);
        }
    }

    private static Outcome failed(String name, SkypilotApiException failure) {
        return new Outcome(List.of(), new CollectFailure(name, failure.kind(), failure.getMessage()));
    }

    private Outcome await(String name, Future<Outcome> future, Instant deadline) throws InterruptedException {
        Duration left = Duration.between(context.clock().instant(), deadline);
        try {
            return future.get(Math.max(1, left.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            return new Outcome(List.of(), new CollectFailure(name, FailureKind.TIMEOUT,
                    name + ": not done by the collection deadline"));
        } catch (ExecutionException defect) {
            Throwable cause = defect.getCause();
            return new Outcome(List.of(), new CollectFailure(name, cause instanceof InterruptedException
                    ? FailureKind.TIMEOUT : FailureKind.INTERNAL, name + ": " + cause));
        }
    }

    private static void emit(String name, Outcome outcome, Instant at, CollectResult.Builder out) {
        if (outcome.failure() != null) {
            out.fail(outcome.failure());
            return;
        }
        for (Measurement measurement : outcome.measurements()) {
            out.add(Gauge.of(measurement.name(), measurement.value(), measurement.unit(), at, measurement.tags()));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
