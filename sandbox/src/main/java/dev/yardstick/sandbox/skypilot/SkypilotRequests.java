package dev.yardstick.sandbox.skypilot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated server's asynchronous requests. A request is done at creation unless its fault keeps it
 * pending; a pending request ends only when cancelled. Thread-safe: {@code /api/get} handlers wait here.
 */
final class SkypilotRequests {
    /** A request's life-cycle state, as the server reports it. */
    enum State { PENDING, SUCCEEDED, FAILED, CANCELLED }

    /** One request: its id, name, fault, encoded return value and state. */
    static final class Entry {
        final String id;
        final String name;
        final RequestFault fault;
        final String returnValue;
        State state;

        private Entry(String id, String name, RequestFault fault, String returnValue, State state) {
            this.id = id;
            this.name = name;
            this.fault = fault;
            this.returnValue = returnValue;
            this.state = state;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long counter;

    synchronized Entry create(String name, RequestFault fault, String returnValue) {
        Objects.requireNonNull(fault, "fault");
        String id = new UUID(0x5ca1ab1e_0000_4000L, ++counter | 0x8000_0000_0000_0000L).toString();
        State state = switch (fault) {
            case PENDING_FOREVER -> State.PENDING;
            case SERVER_ERROR, FAILED -> State.FAILED;
            default -> State.SUCCEEDED;
        };
        Entry entry = new Entry(id, name, fault, returnValue, state);
        entries.put(id, entry);
        return entry;
    }

    synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Waits up to {@code hold} while the request is pending; returns its state then. */
    synchronized State await(Entry entry, Duration hold) {
        long until = System.nanoTime() + hold.toNanos();
        try {
            while (entry.state == State.PENDING) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return entry.state;
    }

    /** Cancels a request that has not finished; returns whether the id was known. */
    synchronized boolean cancel(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        if (entry.state == State.PENDING) {
            entry.state = State.CANCELLED;
            notifyAll();
        }
        return true;
    }

    /** Cancels every pending request (releasing waiting handlers) and forgets all. */
    synchronized void clear() {
        entries.values().stream().filter(entry -> entry.state == State.PENDING)
                .forEach(entry -> entry.state = State.CANCELLED);
        entries.clear();
        notifyAll();
    }
}
