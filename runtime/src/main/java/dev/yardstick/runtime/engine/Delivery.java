package dev.yardstick.runtime.engine;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The sends of one run, on a thread of their own and in submission order: each collector's points go to the sinks
 * as soon as the pipeline has them, while the other collectors still run, so that a run stopped early has already
 * delivered (or spooled) what it collected, and no point waits in memory for the end of the run.
 */
final class Delivery {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "yardstick-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final BiFunction<List<MetricPoint>, Instant, Map<String, SendResult>> send;
    private final Instant deadline;
    private final Map<String, SendResult> results = new LinkedHashMap<>();

    /**
     * Creates the deliveries of one run.
     *
     * @param send sends points to every sink before a deadline, returning each sink's result
     * @param deadline the run's send deadline
     */
    Delivery(BiFunction<List<MetricPoint>, Instant, Map<String, SendResult>> send, Instant deadline) {
        this.send = send;
        this.deadline = deadline;
    }

    /** Queues points for every sink. */
    void submit(List<MetricPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        executor.execute(() -> send.apply(points, deadline)
                .forEach((name, result) -> results.merge(name, result, SendResult::plus)));
    }

    /**
     * Waits until everything queued was sent, dropped or spooled. Sinks return by their deadline, so the bound only
     * guards against a sink that breaks that promise.
     *
     * @param bound the longest real time to wait
     * @return each sink's result
     * @throws InterruptedException if interrupted
     */
    Map<String, SendResult> finish(Duration bound) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            throw new IllegalStateException("a sink did not return within " + bound);
        }
        return new LinkedHashMap<>(results);
    }
}
