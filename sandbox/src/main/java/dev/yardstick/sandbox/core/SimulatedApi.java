package dev.yardstick.sandbox.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockWebServer;

/**
 * Base of every simulated API: an HTTP server on 127.0.0.1 that records each request, applies the injected
 * {@link Faults} and otherwise answers through {@link #handle(ReceivedRequest)}.
 *
 * <p>Subclasses implement {@code handle} as a plain function of the request and their own state, read time only from
 * {@link #clock()}, and override {@link #errorResponse(int, String)} when their service shapes errors differently
 * from the default {@code {"errors":["..."]}}. Handlers run on server threads: keep simulator state thread-safe.
 */
public abstract class SimulatedApi implements AutoCloseable {

    /** Bodies longer than this are recorded cut (their full size is still reported). */
    private static final long RECORDED_BODY_LIMIT = 16L * 1024 * 1024;

    private final String name;
    private final Clock clock;
    private final Faults faults = new Faults();
    private final List<ReceivedRequest> received = new ArrayList<>();
    private final MockWebServer server = new MockWebServer();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param name  a short name for URLs listings and messages, for example {@code datadog-intake}
     * @param clock the clock every time-dependent answer is computed from
     */
    protected SimulatedApi(String name, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
        server.setBodyLimit(RECORDED_BODY_LIMIT);
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.setDispatcher(new SimulatorDispatcher(this));
    }

    /** Binds 127.0.0.1 on a free port and starts answering. */
    public final void start() {
        start(0);
    }

    /** Binds 127.0.0.1 on the given port (0 for a free one) and starts answering. */
    public final void start(int port) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(name + " simulator was already started");
        }
        try {
            server.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " simulator cannot bind 127.0.0.1:" + port, e);
        }
    }

    /** Returns the base URL without a trailing slash, for example {@code http://127.0.0.1:54321}. */
    public final String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Returns the URI of a path (with optional query) on this simulator, for example {@code uri("/api/v2/series")}. */
    public final URI uri(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + pathAndQuery);
        }
        return URI.create(baseUrl() + pathAndQuery);
    }

    /** Returns the bound port; the simulator must be started. */
    public final int port() {
        if (!started.get()) {
            throw new IllegalStateException(name + " simulator is not started");
        }
        return server.getPort();
    }

    /** Returns the simulator's short name. */
    public final String name() {
        return name;
    }

    /** Returns the simulator's clock. */
    public final Clock clock() {
        return clock;
    }

    /** Returns the faults applied before the simulator's own handling. */
    public final Faults faults() {
        return faults;
    }

    /** Returns every request received so far, oldest first, including faulted ones. */
    public final List<ReceivedRequest> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Returns the requests whose path starts with the given prefix, oldest first. */
    public final List<ReceivedRequest> requests(String pathPrefix) {
        return requests().stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    /** Returns how many requests were received so far. */
    public final int requestCount() {
        synchronized (received) {
            return received.size();
        }
    }

    /** Forgets the received requests. */
    public final void clearRequests() {
        synchronized (received) {
            received.clear();
        }
    }

    /**
     * Returns the simulator to its just-started state: no recorded requests, no faults. Subclasses that record
     * more state override this and call {@code super.reset()}.
     */
    public void reset() {
        clearRequests();
        faults.clear();
    }

    /** Stops the server; hung requests are released. Safe to call more than once. */
    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }

    /**
     * Answers one request that no fault intercepted.
     *
     * @param request the received request
     * @return the answer; a thrown exception becomes a 500 through {@link #errorResponse(int, String)}
     */
    protected abstract SimulatedResponse handle(ReceivedRequest request);

    /**
     * Returns the error answer in this service's shape; used for injected faults without a body, unknown paths and
     * handler failures. The default is Datadog's {@code {"errors":["message"]}}.
     */
    protected SimulatedResponse errorResponse(int status, String message) {
        return SimulatedResponse.json(status, Map.of("errors", List.of(message)));
    }

    final void record(ReceivedRequest request) {
        synchronized (received) {
            received.add(request);
        }
    }

    @Override
    public String toString() {
        return name + (started.get() && !closed.get() ? " at " + baseUrl() : " (not running)");
    }
}
