package dev.yardstick.runtime.http;

import dev.yardstick.testkit.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpResponse;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.LogCapture;
import dev.yardstick.runtime.engine.RunListener;
import dev.yardstick.runtime.telemetry.Telemetry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServicesTest {
    private static final String HTTP_LOGGER = "dev.yardstick.runtime.http";

    private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-01T12:00:00Z"));
    private final Telemetry telemetry = new Telemetry();
    private final MockWebServer server = new MockWebServer();
    private final List<HttpServices> opened = new ArrayList<>();
    private Instant deadline;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        deadline = clock.instant().plus(Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        opened.forEach(HttpServices::close);
        server.close();
    }

    @Test
    void readsItsSettingsFromReferenceConf() {
        HttpSettings settings = HttpSettings.from(ConfigFactory.parseResources(HttpSettings.class.getClassLoader(),
                "reference.conf").resolve().getConfig("yardstick.http"));
        assertEquals(4, settings.maxAttempts());
        assertEquals(Optional.empty(), settings.cachePath());
        assertEquals(Duration.ofSeconds(60), settings.rateLimitWaitCap());
    }

    @Test
    void badGatewayIsRetriedThenSucceeds() throws Exception {
        server.enqueue(status(502));
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        HttpResponse response = http(Optional.empty()).send(HttpRequest.get(url("/repos")));
        assertEquals(200, response.status());
        assertEquals("ok", response.body());
        assertEquals(1, clock.sleeps().size());
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("5xx")));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("2xx")));
    }

    @Test
    void postsAreNotRetriedUnlessMarked() throws Exception {
        server.enqueue(status(502));
        HttpResponse response = http(Optional.empty()).send(HttpRequest.post(url("/graphql"), "{}",
                "application/json"));
        assertEquals(502, response.status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retryAfterSecondsIsHonouredWithinTheDeadline() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "5").build());
        server.enqueue(status(200));
        assertEquals(200, http(Optional.empty()).send(HttpRequest.get(url("/a"))).status());
        assertEquals(List.of(Duration.ofSeconds(5)), clock.sleeps());
    }

    @Test
    void retryAfterHttpDateIsHonoured() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(10)
                .atZone(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date).build());
        server.enqueue(status(200));
        assertEquals(200, http(Optional.empty()).send(HttpRequest.get(url("/a"))).status());
        assertEquals(List.of(Duration.ofSeconds(10)), clock.sleeps());
    }

    @Test
    void githubRateLimitResetIsHonoured() throws Exception {
        server.enqueue(new MockResponse.Builder().code(403).addHeader("x-ratelimit-remaining", "0")
                .addHeader("x-ratelimit-reset", String.valueOf(clock.instant().getEpochSecond() + 20)).build());
        server.enqueue(status(200));
        assertEquals(200, http(Optional.empty()).send(HttpRequest.get(url("/a"))).status());
        assertEquals(List.of(Duration.ofSeconds(20)), clock.sleeps());
    }

    @Test
    void draftRateLimitResetIsHonouredOn429() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("RateLimit-Remaining", "0")
                .addHeader("RateLimit-Reset", "7").build());
        server.enqueue(status(200));
        HttpRequest query = HttpRequest.post(url("/graphql"), "{}", "application/json").withRetryable(true);
        assertEquals(200, http(Optional.empty()).send(query).status());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
    }

    @Test
    void waitsLongerThanTheCapOrTheDeadlineReturnTheAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
        assertEquals(429, http(Optional.empty()).send(HttpRequest.get(url("/a"))).status());
        deadline = clock.instant().plusSeconds(30);
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "45").build());
        assertEquals(429, http(Optional.empty()).send(HttpRequest.get(url("/a"))).status());
        assertTrue(clock.sleeps().isEmpty());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void notModifiedReturnsTheCachedBody() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"v1\"").body("[1,2]").build());
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"v1\"").build());
        HttpService http = http(Optional.empty());
        HttpRequest request = HttpRequest.get(url("/pulls")).header("Authorization", "Bearer token-a");
        assertFalse(http.send(request).notModified());
        HttpResponse second = http.send(request);
        assertEquals(new HttpResponse(200, second.headers(), "[1,2]", true), second);
        server.takeRequest();
        assertEquals("\"v1\"", server.takeRequest().getHeaders().get("If-None-Match"));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("3xx")));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("2xx")));
    }

    @Test
    void aNotModifiedAnswerWithoutLinkKeepsTheCachedPagination() throws Exception {
        String link = "<" + url("/pulls?page=2") + ">; rel=\"next\"";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"v1\"").addHeader("Link", link)
                .body("[1]").build());
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"v1\"").build());
        HttpService http = http(Optional.empty());
        HttpRequest request = HttpRequest.get(url("/pulls"));
        http.send(request);
        HttpResponse second = http.send(request);
        assertEquals(Optional.of(link), second.header("link"));
        assertEquals("[1]", second.body());
    }

    @Test
    void aBatchIsAnsweredInRequestOrder() throws Exception {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest recorded) {
                return new MockResponse.Builder().code(200).body(recorded.getUrl().encodedPath()).build();
            }
        });
        List<HttpRequest> batch = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> HttpRequest.get(url("/item/" + i))).toList();

        List<HttpResponse> responses = http(Optional.empty()).sendAll(batch);

        assertEquals(java.util.stream.IntStream.range(0, 12).mapToObj(i -> "/item/" + i).toList(),
                responses.stream().map(HttpResponse::body).toList());
        assertEquals(12, telemetry.counter("yardstick.http.requests", tags("2xx")));
    }

    @Test
    void cacheKeysDifferPerToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"v1\"").body("a").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"v2\"").body("b").build());
        HttpService http = http(Optional.empty());
        http.send(HttpRequest.get(url("/pulls")).header("Authorization", "Bearer token-a"));
        assertEquals("b", http.send(HttpRequest.get(url("/pulls")).header("Authorization", "Bearer token-b")).body());
        server.takeRequest();
        assertNull(server.takeRequest().getHeaders().get("If-None-Match"));
        assertTrue(!EtagCache.key(java.util.Map.of("Authorization", "a"), "u")
                .equals(EtagCache.key(java.util.Map.of("Authorization", "b"), "u")));
        assertTrue(!EtagCache.key(java.util.Map.of("X-Api-Key", "a"), "u")
                .equals(EtagCache.key(java.util.Map.of("X-Api-Key", "b"), "u")));
    }

    @Test
    void theCacheSurvivesOnDiskWithoutCredentials(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("http-cache.json");
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"v1\"").body("cached").build());
        server.enqueue(new MockResponse.Builder().code(304).build());
        HttpServices first = services(Optional.of(file));
        HttpRequest request = HttpRequest.get(url("/pulls?state=open")).header("Authorization", "Bearer sekret-1");
        first.forCollector("github", deadline).send(request);
        first.close();
        String saved = Files.readString(file);
        assertFalse(saved.contains("sekret-1"));
        assertFalse(saved.contains("/pulls"));
        HttpResponse response = services(Optional.of(file)).forCollector("github", deadline).send(request);
        assertTrue(response.notModified());
        assertEquals("cached", response.body());
    }

    @Test
    void aPassedDeadlineThrowsWithoutSending() {
        deadline = clock.instant();
        assertThrows(HttpTimeoutException.class, () -> http(Optional.empty()).send(HttpRequest.get(url("/a"))));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aHangingUpstreamIsCutAtTheDeadline() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, TimeUnit.SECONDS).build());
        deadline = clock.instant().plusMillis(300);
        assertThrows(HttpTimeoutException.class, () -> http(Optional.empty()).send(HttpRequest.get(url("/slow"))));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("error")));
    }

    @Test
    void connectionFailuresAreRetriedThenReported() throws IOException {
        URI closed = url("/a");
        server.close();
        assertThrows(ConnectException.class, () -> http(Optional.empty()).send(HttpRequest.get(closed)));
        assertEquals(3, clock.sleeps().size());
        assertEquals(4, telemetry.counterTotal("yardstick.http.requests"));
    }

    @Test
    void requestsACollectorSendsThroughItsOwnClientAreCountedLikeItsServicesOwn() throws Exception {
        HttpServices services = services(Optional.empty());
        List<String> heard = new ArrayList<>();
        services.listener(new RunListener() {
            @Override
            public void requestSent(String collectorId) {
                heard.add(collectorId);
            }
        });
        server.enqueue(status(200));
        services.forCollector("github", deadline).send(HttpRequest.get(url("/repos")));

        services.countRequest("github", "127.0.0.1", 200);
        services.countRequest("github", "127.0.0.1", 503);
        services.countRequest("github", "127.0.0.1", 0);
        services.countRequest("github", null, 200);

        assertEquals(2, telemetry.counter("yardstick.http.requests", tags("2xx")));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("5xx")));
        assertEquals(1, telemetry.counter("yardstick.http.requests", tags("error")));
        assertEquals(1, telemetry.counter("yardstick.http.requests",
                Tags.of("collector", "github", "host", "unknown", "status_class", "2xx")));
        assertEquals(List.of("github", "github", "github", "github", "github"), heard);
    }

    @Test
    void credentialsNeverReachTheLogs() throws Exception {
        List<String> lines;
        try (LogCapture log = LogCapture.of(HTTP_LOGGER, Level.ALL)) {
            server.enqueue(status(500));
            server.enqueue(status(200));
            http(Optional.empty()).send(HttpRequest.get(url("/a?api_key=qs-sekret&page=2"))
                    .header("Authorization", "Bearer hdr-sekret").header("X-Upstream-Token", "tok-sekret"));
            lines = log.lines();
        }
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertFalse(line.contains("sekret"), line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("Authorization=[REDACTED]")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("api_key=[REDACTED]&page=2")), lines.toString());
    }

    private HttpService http(Optional<Path> cachePath) {
        return services(cachePath).forCollector("github", deadline);
    }

    private HttpServices services(Optional<Path> cachePath) {
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 4, 4,
                Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), true, cachePath, 100);
        HttpServices services = new HttpServices(settings, clock, clock::sleep, telemetry);
        opened.add(services);
        return services;
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private static Tags tags(String statusClass) {
        return Tags.of("collector", "github", "host", "127.0.0.1", "status_class", statusClass);
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

}
