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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The sends of one run, on a thread of their own and in submission order: each collector's points go to the sinks
 * as soon as the pipeline has them, while the other collectors still run, so that a run stopped early has already
 * delivered (or spooled) what it collected, and no point waits in memory for the end of the run.
 *
 * <p>At most {@value #QUEUED} list waits or is being sent at a time: {@link #submit} waits for room, so a pipeline
 * faster than the sinks never piles up processed points.
 */
final class Delivery {
    /**
     * Lists queued or being sent at a time. One is enough for the sinks never to wait: while they send it, the
     * pipeline prepares the next, which waits in {@link #submit}.
     */
    static final int QUEUED = 1;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "yardstick-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(QUEUED);
    private final BiFunction<List<MetricPoint>, Instant, Map<String, SendResult>> send;
    private final Instant deadline;
    private final Duration bound;
    private final Map<String, SendResult> results = new LinkedHashMap<>();

    /**
     * Creates the deliveries of one run.
     *
     * @param send sends points to every sink before a deadline, returning each sink's result
     * @param deadline the run's send deadline
     * @param bound the longest real time to wait for a sink, which returns by the deadline: the bound only guards
     *     against a sink that breaks that promise
     */
    Delivery(BiFunction<List<MetricPoint>, Instant, Map<String, SendResult>> send, Instant deadline, Duration bound) {
        this.send = send;
        this.deadline = deadline;
        this.bound = bound;
    }

    /**
     * Queues points for every sink, first waiting while {@value #QUEUED} list is queued or being sent.
     *
     * @param points the points
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if no room was made within the bound
     */
    void submit(List<MetricPoint> points) throws InterruptedException {
        if (points.isEmpty()) {
            return;
        }
        if (!room.tryAcquire(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("a sink did not return within " + bound);
        }
        executor.execute(() -> {
            try {
                send.apply(points, deadline).forEach((name, result) -> results.merge(name, result, SendResult::plus));
            } finally {
                room.release();
            }
        });
    }

    /**
     * Waits until everything queued was sent, dropped or spooled.
     *
     * @return each sink's result
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if the sinks did not finish within the bound
     */
    Map<String, SendResult> finish() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            executor.shutdownNow();
            throw new IllegalStateException("a sink did not return within " + bound);
        }
        return new LinkedHashMap<>(results);
    }
}
