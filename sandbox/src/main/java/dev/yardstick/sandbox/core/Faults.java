package dev.yardstick.sandbox.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults a simulator applies before its own handling; thread-safe, changeable while requests are in flight.
 *
 * <p>Scripted faults ({@link #statusSequence}, {@link #hang}, {@link #disconnect}) form one queue in the order they
 * were added; each request takes the first queued fault whose path prefix matches its path, so
 * {@code statusSequence(500, 500)} makes the next two requests fail and the third reach the simulator. While
 * {@link #down()} is in force every request is answered 503 and the queue is left alone. {@link #latency} delays
 * every response, faulted or not.
 */
public final class Faults {

    private final Object lock = new Object();
    private final List<Scripted> queue = new ArrayList<>();
    private Duration latency = Duration.ZERO;
    private boolean down;

    /** Delays the response headers of every request by the given duration ({@link Duration#ZERO} for none). */
    public Faults latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        synchronized (lock) {
            latency = delay;
        }
        return this;
    }

    /** Returns the current latency. */
    public Duration latency() {
        synchronized (lock) {
            return latency;
        }
    }

    /** Answers the next requests, one each, with the given statuses and the simulator's default error bodies. */
    public Faults statusSequence(int... statuses) {
        return statusSequence("/", statuses);
    }

    /** Like {@link #statusSequence(int...)}, counting only requests whose path starts with {@code pathPrefix}. */
    public Faults statusSequence(String pathPrefix, int... statuses) {
        return statusSequence(pathPrefix, Arrays.stream(statuses).mapToObj(FaultResponse::of)
                .toArray(FaultResponse[]::new));
    }

    /** Answers the next requests, one each, with the given scripted responses (which may carry headers). */
    public Faults statusSequence(FaultResponse... responses) {
        return statusSequence("/", responses);
    }

    /** Like {@link #statusSequence(FaultResponse...)}, counting only requests under {@code pathPrefix}. */
    public Faults statusSequence(String pathPrefix, FaultResponse... responses) {
        Arrays.stream(responses).forEach(r -> enqueue(pathPrefix, InjectedFault.respond(r), 1));
        return this;
    }

    /** Reads the next {@code count} requests and never answers them (the client must time out). */
    public Faults hang(int count) {
        return hang("/", count);
    }

    /** Like {@link #hang(int)}, counting only requests whose path starts with {@code pathPrefix}. */
    public Faults hang(String pathPrefix, int count) {
        return enqueue(pathPrefix, new InjectedFault(InjectedFault.Kind.HANG, null), count);
    }

    /** Reads the next {@code count} requests and closes their connections without an answer (an I/O error). */
    public Faults disconnect(int count) {
        return disconnect("/", count);
    }

    /** Like {@link #disconnect(int)}, counting only requests whose path starts with {@code pathPrefix}. */
    public Faults disconnect(String pathPrefix, int count) {
        return enqueue(pathPrefix, new InjectedFault(InjectedFault.Kind.DISCONNECT, null), count);
    }

    /** Answers every request 503 until {@link #up()}. */
    public Faults down() {
        synchronized (lock) {
            down = true;
        }
        return this;
    }

    /** Ends {@link #down()}. */
    public Faults up() {
        synchronized (lock) {
            down = false;
        }
        return this;
    }

    /** Returns whether the simulator is down. */
    public boolean isDown() {
        synchronized (lock) {
            return down;
        }
    }

    /** Returns how many scripted faults are still queued. */
    public int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Removes every fault: no latency, up, empty queue. */
    public void clear() {
        synchronized (lock) {
            queue.clear();
            latency = Duration.ZERO;
            down = false;
        }
    }

    /** Takes the fault for a request to {@code path}, if any. */
    Optional<InjectedFault> take(String path) {
        synchronized (lock) {
            if (down) {
                return Optional.of(InjectedFault.respond(FaultResponse.of(503)));
            }
            for (Iterator<Scripted> it = queue.iterator(); it.hasNext(); ) {
                Scripted next = it.next();
                if (path.startsWith(next.pathPrefix())) {
                    it.remove();
                    return Optional.of(next.fault());
                }
            }
            return Optional.empty();
        }
    }

    private Faults enqueue(String pathPrefix, InjectedFault fault, int count) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                queue.add(new Scripted(pathPrefix, fault));
            }
        }
        return this;
    }

    private record Scripted(String pathPrefix, InjectedFault fault) {
    }
}
