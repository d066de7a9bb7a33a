package dev.yardstick.dashboards.push;

import com.datadog.api.client.RetryConfig;
import java.util.function.IntConsumer;

/**
 * datadog-api-client's retry for 429 and 5xx, with the wait delegated to an injectable sleeper so tests
 * never sleep on the wall clock.
 */
public final class RetryPolicy extends RetryConfig {
    private final IntConsumer sleeper;

    /**
     * Creates a policy.
     *
     * @param maxRetries retries after the first attempt (0 disables retrying)
     * @param sleeper waits the given number of seconds
     */
    public RetryPolicy(int maxRetries, IntConsumer sleeper) {
        super(maxRetries > 0, 2, 2, maxRetries);
        this.sleeper = sleeper;
    }

    /** Three retries with the client's exponential back-off, sleeping for real. */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, seconds -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void sleepInterval(int seconds) {
        sleeper.accept(seconds);
    }
}
