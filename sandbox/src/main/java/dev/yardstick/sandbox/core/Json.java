package dev.yardstick.sandbox.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small JSON helpers shared by the simulators (one Jackson mapper, parse with positions, fixtures). */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Returns the shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON text.
     *
     * @throws InvalidJsonException naming the line and column of the first problem
     */
    public static JsonNode parse(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidJsonException("empty body: expected a JSON document");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text given as a string. */
    public static JsonNode parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Serialises a value (a {@link JsonNode}, record, map, list…) to UTF-8 JSON bytes. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + " to JSON", e);
        }
    }

    /** Serialises a value to JSON text. */
    public static String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** Returns a new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Returns a new empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Reads a JSON classpath resource relative to a class, for recorded-shape fixtures.
     *
     * @param anchor the class whose package the name is relative to
     * @param name   the resource name, for example {@code pulls-page-1.json}
     */
    public static JsonNode resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource '" + name + "' beside " + anchor.getName());
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        } catch (InvalidJsonException e) {
            throw new InvalidJsonException("resource " + name + ": " + e.getMessage());
        }
    }

    private static InvalidJsonException invalid(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return new InvalidJsonException("malformed JSON at " + where + e.getOriginalMessage());
    }

    /** JSON text that could not be parsed; the message names the position. */
    public static final class InvalidJsonException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidJsonException(String message) {
            super(message);
        }
    }
}
