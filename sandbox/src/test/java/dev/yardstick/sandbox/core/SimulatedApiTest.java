package dev.yardstick.sandbox.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedApiTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private final LoopbackHttp http = new LoopbackHttp();
    private EchoSimulator echo;

    @BeforeEach
    void startEcho() {
        echo = new EchoSimulator(Clock.fixed(NOW, ZoneOffset.UTC));
        echo.start();
    }

    @AfterEach
    void closeEcho() {
        echo.close();
    }

    @Test
    void bindsLoopbackAndAnswersThroughHandlerWithItsClock() throws IOException {
        assertTrue(echo.baseUrl().startsWith("http://127.0.0.1:"));
        HttpResponse<String> response = http.get(echo.uri("/hello?x=1"));
        assertEquals(200, response.statusCode());
        assertEquals(NOW.toString(), Json.parse(response.body()).get("at").asText());
    }

    @Test
    void recordsRequestsWithHeadersQueryAndDecodedBody() throws IOException {
        byte[] gzipped = BodyCodec.gzip("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        http.send(HttpRequest.newBuilder(echo.uri("/items?page=2&q=a%20b"))
                .header("Content-Encoding", "gzip").header("X-Custom", "v")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped)).build());

        ReceivedRequest request = echo.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/items", request.path());
        assertEquals("/items?page=2&q=a%20b", request.target());
        assertEquals("a b", request.queryParameter("q").orElseThrow());
        assertEquals("v", request.header("x-custom").orElseThrow());
        assertEquals(gzipped.length, request.bodySize());
        assertEquals("{\"a\":1}", request.bodyText());
        assertEquals(NOW, request.receivedAt());
        assertEquals(1, echo.requestCount());
        echo.clearRequests();
        assertEquals(0, echo.requestCount());
    }

    @Test
    void statusSequenceAnswersScriptedStatusesThenTheSimulator() throws IOException {
        echo.faults().statusSequence(FaultResponse.of(500), FaultResponse.rateLimited(3));
        HttpResponse<String> first = http.get(echo.uri("/a"));
        HttpResponse<String> second = http.get(echo.uri("/a"));
        HttpResponse<String> third = http.get(echo.uri("/a"));

        assertEquals(500, first.statusCode());
        assertEquals("{\"errors\":[\"injected fault: HTTP 500\"]}", first.body());
        assertEquals(429, second.statusCode());
        assertEquals("3", second.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertEquals(200, third.statusCode());
        assertEquals(3, echo.requestCount());
    }

    @Test
    void statusSequenceWithPathPrefixLeavesOtherPathsAlone() throws IOException {
        echo.faults().statusSequence("/api/", 502);
        assertEquals(200, http.get(echo.uri("/other")).statusCode());
        assertEquals(502, http.get(echo.uri("/api/x")).statusCode());
        assertEquals(200, http.get(echo.uri("/api/x")).statusCode());
    }

    @Test
    void hangNeverAnswersSoTheClientTimesOut() throws IOException {
        // Warm up first: on a cold JVM the JDK client's next exchange after a hung first one sometimes stalls.
        assertEquals(200, http.get(echo.uri("/warm-up")).statusCode());
        echo.faults().hang(1);
        HttpRequest request = HttpRequest.newBuilder(echo.uri("/slow")).timeout(Duration.ofMillis(200)).build();
        assertThrows(HttpTimeoutException.class, () -> http.send(request));
        // The JDK client does not reuse the timed-out exchange's connection well: ask with a fresh client.
        assertEquals(200, new LoopbackHttp().get(echo.uri("/slow")).statusCode());
    }

    @Test
    void latencyDelaysBeyondAShortClientTimeoutUntilCleared() throws IOException {
        assertEquals(200, http.get(echo.uri("/warm-up")).statusCode());
        echo.faults().latency(Duration.ofSeconds(1));
        HttpRequest impatient = HttpRequest.newBuilder(echo.uri("/x")).timeout(Duration.ofMillis(100)).build();
        assertThrows(HttpTimeoutException.class, () -> http.send(impatient));
        echo.faults().latency(Duration.ZERO);
        assertEquals(200, new LoopbackHttp().get(echo.uri("/x")).statusCode());
    }

    @Test
    void downAnswers503UntilUp() throws IOException {
        echo.faults().down();
        assertEquals(503, http.get(echo.uri("/x")).statusCode());
        assertEquals(503, http.get(echo.uri("/y")).statusCode());
        echo.faults().up();
        assertEquals(200, http.get(echo.uri("/x")).statusCode());
    }

    @Test
    void disconnectClosesTheConnectionWithoutAnswer() throws IOException {
        echo.faults().disconnect(1);
        // POST, because the JDK client silently retries an idempotent GET once after a dropped connection.
        HttpRequest post = HttpRequest.newBuilder(echo.uri("/x")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThrows(IOException.class, () -> http.send(post));
        assertEquals(200, http.get(echo.uri("/x")).statusCode());
    }

    @Test
    void handlerFailureBecomes500() throws IOException {
        assertEquals(500, http.get(echo.uri("/boom")).statusCode());
    }

    @Test
    void resetClearsRequestsAndFaultsAndCloseIsIdempotent() throws IOException {
        echo.faults().down().statusSequence(500);
        http.get(echo.uri("/x"));
        echo.reset();
        assertEquals(0, echo.requestCount());
        assertFalse(echo.faults().isDown());
        assertEquals(0, echo.faults().pending());
        echo.close();
        echo.close();
        assertThrows(IOException.class, () -> http.get(echo.uri("/x")));
    }
}
