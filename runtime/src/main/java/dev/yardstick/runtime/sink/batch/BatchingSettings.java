package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a {@link BatchingSender} sizes batches and retries them.
 *
 * @param maxCompressedBytes bound on a batch's gzip-compressed size
 * @param maxRawBytes bound on a batch's serialized size
 * @param maxRetries retries of one batch after retryable failures (408, 429, 5xx, I/O errors)
 * @param backoffInitial base of the jittered exponential backoff
 * @param backoffMax longest backoff wait
 * @param rateLimitWaitCap longest wait honoured from a rate-limit reset header
 */
public record BatchingSettings(long maxCompressedBytes, long maxRawBytes, int maxRetries, Duration backoffInitial,
        Duration backoffMax, Duration rateLimitWaitCap) {

    /** Validates the components. */
    public BatchingSettings {
        if (maxCompressedBytes <= 0 || maxRawBytes <= 0) {
            throw new IllegalArgumentException("batch byte limits must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        requireNonNull(backoffInitial, "backoffInitial is null");
        requireNonNull(backoffMax, "backoffMax is null");
        requireNonNull(rateLimitWaitCap, "rateLimitWaitCap is null");
    }
}
