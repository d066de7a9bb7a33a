package dev.yardstick.sandbox.core;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a simulator answers: status, headers (in insertion order) and body bytes.
 *
 * @param status  the HTTP status code
 * @param headers response headers by name
 * @param body    the body bytes (empty for none)
 */
public record SimulatedResponse(int status, Map<String, String> headers, byte[] body) {

    private static final String CONTENT_TYPE = "Content-Type";

    public SimulatedResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    /** Returns a copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Returns a response with no body. */
    public static SimulatedResponse empty(int status) {
        return new SimulatedResponse(status, Map.of(), new byte[0]);
    }

    /** Returns a JSON response serialising {@code value} (a {@code JsonNode}, record, map, list…) with Jackson. */
    public static SimulatedResponse json(int status, Object value) {
        return new SimulatedResponse(status, Map.of(CONTENT_TYPE, "application/json"), Json.bytes(value));
    }

    /** Returns a JSON response whose body is the given JSON text, sent as is. */
    public static SimulatedResponse rawJson(int status, String jsonText) {
        return new SimulatedResponse(status, Map.of(CONTENT_TYPE, "application/json"),
                jsonText.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a plain-text response. */
    public static SimulatedResponse text(int status, String text) {
        return new SimulatedResponse(status, Map.of(CONTENT_TYPE, "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a copy with one more header (replacing a header of the same name). */
    public SimulatedResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new SimulatedResponse(status, copy, body);
    }

    /** Returns the body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
