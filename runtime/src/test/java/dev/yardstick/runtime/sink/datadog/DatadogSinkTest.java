package dev.yardstick.runtime.sink.datadog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.config.Secret;
import dev.yardstick.api.metric.Count;
import dev.yardstick.api.metric.Distribution;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Rate;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.api.metric.Unit;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.runtime.LogCapture;
import dev.yardstick.runtime.sink.SendResult;
import dev.yardstick.runtime.sink.SinkEnablement;
import dev.yardstick.runtime.sink.SpoolSettings;
import dev.yardstick.runtime.sink.batch.BatchingSettings;
import dev.yardstick.runtime.sink.batch.Compression;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatadogSinkTest {
    private static final String KEY = "dd-test-api-key-0123456789";

    @TempDir
    Path spoolDir;

    private final FakeClock clock = FakeClock.at(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeIntake intake = new FakeIntake();
    private final MockWebServer server = new MockWebServer();
    private final List<DatadogSink> sinks = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(intake);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        sinks.forEach(DatadogSink::close);
        server.close();
    }

    @Test
    void serverErrorsAreRetriedAndEveryPointIsDeliveredExactlyOnce() {
        intake.then(FakeIntake.status(500), FakeIntake.status(500));
        List<MetricPoint> points = gauges(50);
        SendResult result = sink(4_500_000, 6).send(points, deadline());
        assertEquals(new SendResult(50, Map.of(), 2, 0), result);
        assertEquals(3, intake.exchanges().size());
        assertEquals(50, intake.acceptedPoints().size());
        assertEquals(50, new HashSet<>(intake.acceptedPoints()).size());
        assertEquals(2, clock.sleeps().size());
        byte[] first = intake.exchanges().get(0).rawBody();
        assertTrue(intake.exchanges().stream().allMatch(e -> java.util.Arrays.equals(first, e.rawBody())),
                "a retry resends the same body");
    }

    @Test
    void rateLimitResetIsWaitedThenDelivered() {
        intake.then(rateLimited("3"));
        SendResult result = sink(4_500_000, 6).send(gauges(5), deadline());
        assertEquals(5, result.sent());
        assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps());
    }

    @Test
    void aRateLimitResetOverTheCapIsNotWaitedButSpooled() throws IOException {
        intake.then(rateLimited("3600"));
        SendResult result = sink(4_500_000, 6).send(gauges(5), deadline());
        assertEquals(new SendResult(0, Map.of(), 0, 5), result);
        assertTrue(clock.sleeps().isEmpty());
        assertEquals(1, spoolFiles().size());
    }

    @Test
    void rateLimitWaitPastTheDeadlineSpoolsInstead() throws IOException {
        intake.then(rateLimited("45"));
        SendResult result = sink(4_500_000, 6).send(gauges(5), clock.instant().plusSeconds(30));
        assertEquals(new SendResult(0, Map.of(), 0, 5), result);
        assertTrue(clock.sleeps().isEmpty());
        assertEquals(1, spoolFiles().size());
    }

    @Test
    void payloadTooLargeIsSplitInHalves() {
        intake.then(FakeIntake.status(413));
        SendResult result = sink(4_500_000, 6).send(gauges(10), deadline());
        assertEquals(10, result.sent());
        List<FakeIntake.Exchange> exchanges = intake.exchanges();
        assertEquals(List.of(10, 5, 5), exchanges.stream().map(e -> FakeIntake.points(e).size()).toList());
        assertEquals(10, new HashSet<>(intake.acceptedPoints()).size());
    }

    @Test
    void singlePointTooLargeIsDroppedAndCounted() {
        intake.always(FakeIntake.status(413));
        SendResult result = sink(4_500_000, 6).send(gauges(4), deadline());
        assertEquals(Map.of("too_large", 4L), result.dropped());
        assertEquals(0, result.sent());
        assertEquals(1 + 2 + 4, intake.exchanges().size());
    }

    @Test
    void badRequestIsBisectedSoThatOnlyTheRefusedPointIsDropped() {
        intake.then(FakeIntake.status(400), FakeIntake.status(202), FakeIntake.status(400),
                FakeIntake.status(202), FakeIntake.status(400), FakeIntake.status(202), FakeIntake.status(400));
        SendResult result = sink(4_500_000, 6).send(gauges(8), deadline());
        assertEquals(Map.of("bad_request", 1L), result.dropped());
        assertEquals(7, result.sent());
        assertEquals(List.of(8, 4, 4, 2, 2, 1, 1), intake.exchanges().stream()
                .map(e -> FakeIntake.points(e).size()).toList());
        assertEquals(0, result.retries());
    }

    @Test
    void pointsOutsideTheIntakeWindowAreDroppedBeforeBatching() {
        List<MetricPoint> points = new ArrayList<>(gauges(5));
        points.add(Gauge.of("yardstick.test.value", 1, clock.instant().minus(Duration.ofMinutes(61)), Tags.empty()));
        points.add(Gauge.of("yardstick.test.value", 1, clock.instant().plus(Duration.ofMinutes(11)), Tags.empty()));
        SendResult result = sink(4_500_000, 6).send(points, deadline());
        assertEquals(new SendResult(5, Map.of("too_old", 1L, "in_future", 1L), 0, 0), result);
        assertEquals(1, intake.exchanges().size());
    }

    @Test
    void retryAfterOnA429IsHonoured() {
        intake.then(new MockResponse.Builder().code(429).addHeader("Retry-After", "10").body("{}").build());
        SendResult result = sink(4_500_000, 6).send(gauges(5), deadline());
        assertEquals(5, result.sent());
        assertEquals(List.of(Duration.ofSeconds(10)), clock.sleeps());
    }

    @Test
    void notFoundIsRetriedAFewTimesThenDropped() {
        intake.then(FakeIntake.status(404));
        assertEquals(new SendResult(5, Map.of(), 1, 0), sink(4_500_000, 6).send(gauges(5), deadline()));
        intake.always(FakeIntake.status(404));
        SendResult gone = sink(4_500_000, 6).send(gauges(5), deadline());
        assertEquals(new SendResult(0, Map.of("rejected", 5L), 2, 0), gone);
    }

    @Test
    void badRequestTextIsLoggedWithTheKeyMasked() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("dev.yardstick.runtime.sink", java.util.logging.Level.INFO)) {
            intake.always(new MockResponse.Builder().code(400)
                    .body("{\"errors\":[\"bad tag for key " + KEY + "\"]}").build());
            assertEquals(Map.of("bad_request", 2L), sink(4_500_000, 6).send(gauges(2), deadline()).dropped());
            lines = log.lines();
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("bad tag for key [REDACTED]")), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(KEY)), lines.toString());
    }

    @Test
    void intakeDownForTheWholeRunSpoolsAndTheNextRunReplays() throws IOException {
        intake.always(FakeIntake.status(503));
        SendResult down = sink(4_500_000, 2).send(gauges(20), deadline());
        assertEquals(new SendResult(0, Map.of(), 2, 20), down);
        assertEquals(1, spoolFiles().size());
        String spooled = Files.readString(spoolFiles().get(0), StandardCharsets.UTF_8);
        assertFalse(spooled.contains(KEY));

        clock.advance(Duration.ofMinutes(15));
        intake.always(FakeIntake.status(202));
        List<MetricPoint> fresh = gauges(3, "next");
        SendResult next = sink(4_500_000, 2).send(fresh, deadline());
        assertEquals(23, next.sent());
        assertEquals(Map.of(), next.dropped());
        assertTrue(spoolFiles().isEmpty());
    }

    @Test
    void spooledPointsOlderThanMaxAgeAreDroppedAndCounted() throws IOException {
        intake.always(FakeIntake.status(503));
        sink(4_500_000, 0).send(gauges(7), deadline());
        clock.advance(Duration.ofMinutes(56));
        intake.always(FakeIntake.status(202));
        DatadogSink next = sink(4_500_000, 0);
        SendResult replay = next.replaySpool(deadline());
        assertEquals(new SendResult(0, Map.of("too_old", 7L), 0, 0), replay);
        assertTrue(spoolFiles().isEmpty());
    }

    @Test
    void forbiddenIsNotRetriedAndIsSpooledForAFixedKey() throws IOException {
        intake.always(FakeIntake.status(403));
        DatadogSink sink = sink(2_000, 6);
        SendResult result = sink.send(gauges(30), deadline());
        assertEquals(0, result.sent());
        assertEquals(30, result.spooled());
        assertEquals(1, intake.exchanges().size());
        assertTrue(clock.sleeps().isEmpty());
        assertTrue(sink.credentialsRefused());
        assertFalse(spoolFiles().isEmpty());
    }

    @Test
    void hangingIntakeIsAbandonedAtTheDeadline() throws IOException {
        intake.always(new MockResponse.Builder().code(202).headersDelay(2, TimeUnit.SECONDS).build());
        SendResult result = sink(4_500_000, 6).send(gauges(3), clock.instant().plusMillis(300));
        assertEquals(new SendResult(0, Map.of(), 0, 3), result);
        assertEquals(1, spoolFiles().size());
    }

    @Test
    void requestsAreGzippedTypedAndAuthenticated() {
        Instant at = clock.instant();
        Tags tags = Tags.of("repo", "acme/widgets", "solo", "");
        List<MetricPoint> points = List.of(
                new Gauge("g.m", tags, at, 1, Unit.SECOND),
                new Count("c.m", tags, at, 2, Duration.ofMinutes(15), Unit.NONE),
                new Rate("r.m", tags, at, 0.5, Duration.ofSeconds(60), Unit.REQUEST),
                new Distribution("d.m", tags, at, List.of(1.0, 2.5), Unit.NONE));
        assertEquals(4, sink(4_500_000, 6).send(points, deadline()).sent());
        FakeIntake.Exchange series = intake.exchanges().get(0);
        assertEquals("/api/v2/series", series.path());
        assertEquals("gzip", series.contentEncoding());
        assertEquals("application/json", series.contentType());
        assertEquals("yardstick", series.userAgent());
        assertEquals(0x1f, series.rawBody()[0] & 0xff);
        assertEquals(0x8b, series.rawBody()[1] & 0xff);
        assertEquals(KEY, series.apiKey());
        long ts = at.getEpochSecond();
        assertEquals("{\"series\":["
                + "{\"metric\":\"g.m\",\"type\":3,\"points\":[{\"timestamp\":" + ts + ",\"value\":1.0}],"
                + "\"tags\":[\"repo:acme/widgets\",\"solo\"],\"unit\":\"second\"},"
                + "{\"metric\":\"c.m\",\"type\":1,\"points\":[{\"timestamp\":" + ts + ",\"value\":2.0}],"
                + "\"tags\":[\"repo:acme/widgets\",\"solo\"],\"interval\":900},"
                + "{\"metric\":\"r.m\",\"type\":2,\"points\":[{\"timestamp\":" + ts + ",\"value\":0.5}],"
                + "\"tags\":[\"repo:acme/widgets\",\"solo\"],\"unit\":\"request\",\"interval\":60}]}",
                series.body().toString());
        FakeIntake.Exchange distribution = intake.exchanges().get(1);
        assertEquals("/api/v1/distribution_points", distribution.path());
        assertEquals("deflate", distribution.contentEncoding());
        assertEquals(KEY, distribution.apiKey());
        assertEquals("{\"series\":[{\"metric\":\"d.m\",\"points\":[[" + ts + ",[1.0,2.5]]],"
                + "\"tags\":[\"repo:acme/widgets\",\"solo\"]}]}", distribution.body().toString());
    }

    @Test
    void bodiesFollowTheConfiguredCompression() {
        Instant at = clock.instant();
        List<MetricPoint> points = List.of(Gauge.of("g.m", 1, at, Tags.empty()),
                Distribution.of("d.m", List.of(1.0), at, Tags.empty()));
        assertEquals(2, sink(Compression.DEFLATE).send(points, deadline()).sent());
        assertEquals(List.of("deflate", "deflate"), intake.exchanges().stream()
                .map(FakeIntake.Exchange::contentEncoding).toList());
        assertEquals(2, sink(Compression.NONE).send(points, deadline()).sent());
        List<FakeIntake.Exchange> plain = intake.exchanges().subList(2, 4);
        assertEquals(java.util.Arrays.asList(null, null), plain.stream().map(FakeIntake.Exchange::contentEncoding)
                .toList());
        assertEquals('{', plain.get(0).rawBody()[0]);
    }

    @Test
    void aValueJsonCannotCarryIsDroppedAndTheRestDelivered() {
        List<MetricPoint> points = new ArrayList<>(gauges(4));
        points.add(2, Gauge.of("yardstick.test.value", Double.NaN, clock.instant(), Tags.empty()));
        SendResult result = sink(4_500_000, 6).send(points, deadline());
        assertEquals(new SendResult(4, Map.of("non_finite", 1L), 0, 0), result);
        assertEquals(4, intake.acceptedPoints().size());
    }

    @Test
    void noAnswerIsRetriedThenSpooled() throws IOException {
        server.close();
        SendResult result = sink(4_500_000, 2).send(gauges(3), deadline());
        assertEquals(new SendResult(0, Map.of(), 2, 3), result);
        assertEquals(1, spoolFiles().size());
    }

    private DatadogSink sink(long maxRawBytes, int maxRetries) {
        return sink(maxRawBytes, maxRetries, Compression.GZIP);
    }

    private DatadogSink sink(Compression compression) {
        return sink(4_500_000, 6, compression);
    }

    private DatadogSink sink(long maxRawBytes, int maxRetries, Compression compression) {
        DatadogSinkSettings settings = new DatadogSinkSettings("datadog", SinkEnablement.TRUE, Set.of(),
                URI.create("http://127.0.0.1:" + server.getPort()), Optional.of(Secret.of(KEY)), compression,
                Duration.ofSeconds(2), Duration.ofSeconds(20),
                new BatchingSettings(450_000, maxRawBytes, maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(30),
                        Duration.ofSeconds(60)),
                new SpoolSettings(spoolDir, Duration.ofMinutes(55), 64L << 20));
        DatadogSink sink = new DatadogSink(settings, clock, clock::sleep, new SplittableRandom(7));
        sinks.add(sink);
        return sink;
    }

    private Instant deadline() {
        return clock.instant().plus(Duration.ofMinutes(12));
    }

    private List<MetricPoint> gauges(int count) {
        return gauges(count, "first");
    }

    private List<MetricPoint> gauges(int count, String run) {
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(Gauge.of("yardstick.test.value", i, clock.instant(),
                    Tags.of("run", run, "id", String.valueOf(i))));
        }
        return points;
    }

    private static MockResponse rateLimited(String reset) {
        return new MockResponse.Builder().code(429).addHeader("X-RateLimit-Reset", reset).body("{}").build();
    }

    private List<Path> spoolFiles() throws IOException {
        if (!Files.isDirectory(spoolDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spoolDir)) {
            return files.filter(file -> file.toString().endsWith(".json")).toList();
        }
    }
}
