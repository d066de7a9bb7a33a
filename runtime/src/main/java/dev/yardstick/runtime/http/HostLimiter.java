package dev.yardstick.runtime.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Limits requests in flight per host. okhttp's dispatcher limit only applies to asynchronous calls, and the
 * collectors' calls are synchronous, hence one fair semaphore per host. Thread-safe.
 */
final class HostLimiter {
    private final int permitsPerHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimiter(int permitsPerHost) {
        this.permitsPerHost = permitsPerHost;
    }

    /** Waits up to {@code timeout} for a slot; true when acquired (release it with {@link #release}). */
    boolean acquire(String host, Duration timeout) throws InterruptedException {
        return semaphore(host).tryAcquire(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        return hosts.computeIfAbsent(host, ignored -> new Semaphore(permitsPerHost, true));
    }
}
