package dev.yardstick.runtime.sink.datadog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A scripted intake: answers with queued responses (202 when none are left) and records decoded bodies. */
final class FakeIntake extends Dispatcher {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request and the status it was answered with. */
    record Exchange(String path, String contentEncoding, String apiKey, byte[] rawBody, JsonNode body, int status,
            String contentType, String userAgent) {
    }

    private final ConcurrentLinkedDeque<MockResponse> script = new ConcurrentLinkedDeque<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private volatile MockResponse fallback = status(202);

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(code == 202 ? "{\"errors\":[]}" : "{\"errors\":[\"status " + code + "\"]}").build();
    }

    FakeIntake then(MockResponse... responses) {
        script.addAll(List.of(responses));
        return this;
    }

    FakeIntake always(MockResponse response) {
        fallback = response;
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        MockResponse response = script.isEmpty() ? fallback : script.poll();
        byte[] raw = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        String encoding = request.getHeaders().get("Content-Encoding");
        exchanges.add(new Exchange(request.getUrl().encodedPath(), encoding, request.getHeaders().get("DD-API-KEY"),
                raw, decode(raw, encoding), response.getCode(), request.getHeaders().get("Content-Type"),
                request.getHeaders().get("User-Agent")));
        return response;
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Returns "metric|tags|timestamp" of every series point in accepted (2xx) requests. */
    List<String> acceptedPoints() {
        List<String> points = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            if (exchange.status() / 100 == 2) {
                points.addAll(points(exchange));
            }
        }
        return points;
    }

    static List<String> points(Exchange exchange) {
        List<String> points = new ArrayList<>();
        for (JsonNode series : exchange.body().path("series")) {
            for (JsonNode point : series.path("points")) {
                long timestamp = point.isArray() ? point.get(0).asLong() : point.path("timestamp").asLong();
                points.add(series.path("metric").asText() + "|" + series.path("tags") + "|" + timestamp);
            }
        }
        return points;
    }

    private static JsonNode decode(byte[] raw, String encoding) {
        try (InputStream in = "gzip".equals(encoding) ? new GZIPInputStream(new ByteArrayInputStream(raw))
                : "deflate".equals(encoding) ? new InflaterInputStream(new ByteArrayInputStream(raw))
                : new ByteArrayInputStream(raw)) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
