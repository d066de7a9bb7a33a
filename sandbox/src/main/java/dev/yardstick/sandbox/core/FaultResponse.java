package dev.yardstick.sandbox.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scripted answer of a {@link Faults#statusSequence(FaultResponse...) status sequence}: a status with optional
 * headers (for example {@code X-RateLimit-Reset} or {@code Retry-After}) and an optional JSON body. Without a body the
 * simulator's own error body for the status is sent.
 *
 * @param status  the HTTP status code
 * @param headers extra response headers
 * @param body    the JSON body text, or empty for the simulator's default error body
 */
public record FaultResponse(int status, Map<String, String> headers, Optional<String> body) {

    public FaultResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }

    /** Returns a fault answering the given status with the simulator's default error body. */
    public static FaultResponse of(int status) {
        return new FaultResponse(status, Map.of(), Optional.empty());
    }

    /** Returns a 429 with {@code X-RateLimit-Reset} set to the given number of seconds, as Datadog sends it. */
    public static FaultResponse rateLimited(long resetSeconds) {
        return of(429).withHeader("X-RateLimit-Reset", Long.toString(resetSeconds));
    }

    /** Returns the given status with a {@code Retry-After} header in seconds. */
    public static FaultResponse retryAfter(int status, long seconds) {
        return of(status).withHeader("Retry-After", Long.toString(seconds));
    }

    /** Returns a copy with one more header. */
    public FaultResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new FaultResponse(status, copy, body);
    }

    /** Returns a copy with the given JSON body text. */
    public FaultResponse withBody(String jsonText) {
        return new FaultResponse(status, headers, Optional.of(jsonText));
    }
}
