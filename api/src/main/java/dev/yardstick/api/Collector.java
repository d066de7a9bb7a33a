package dev.yardstick.api;

/**
 * Collects one batch of points per call. Created by a {@link CollectorFactory}; owned by the runtime.
 *
 * <p>A collector never schedules, sleeps or retries on its own: the runtime owns time. It honours
 * {@link CollectRequest#deadline()} and thread interruption, and reports partial failures in its
 * {@link CollectResult} instead of throwing. An exception thrown from {@link #collect} is recorded by the
 * runtime as an {@link FailureKind#INTERNAL} failure of this collector only. The runtime calls
 * {@code collect} from one thread at a time.
 */
public interface Collector extends AutoCloseable {

    /**
     * Collects the points describing the instant {@link CollectRequest#at()}.
     *
     * @param request the evaluation instant, the deadline and the inputs
     * @return the points collected and the failures met
     * @throws InterruptedException if the runtime interrupted the collection at its deadline
     */
    CollectResult collect(CollectRequest request) throws InterruptedException;

    /**
     * Releases resources. Idempotent; the default does nothing.
     */
    @Override
    default void close() {
    }
}
