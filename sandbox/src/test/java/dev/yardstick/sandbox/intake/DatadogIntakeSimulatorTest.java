package dev.yardstick.sandbox.intake;

import static dev.yardstick.sandbox.intake.IntakeFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.sandbox.core.BodyCodec;
import dev.yardstick.sandbox.core.FaultResponse;
import dev.yardstick.sandbox.core.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatadogIntakeSimulatorTest {

    private static final String SERIES = "/api/v2/series";

    private DatadogIntakeSimulator intake;
    private IntakeClient client;

    @BeforeEach
    void start() {
        intake = new DatadogIntakeSimulator(CLOCK);
        intake.start();
        client = new IntakeClient(intake);
    }

    @AfterEach
    void close() {
        intake.close();
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("gzip", (UnaryOperator<byte[]>) BodyCodec::gzip),
                Arguments.of("deflate", (UnaryOperator<byte[]>) BodyCodec::deflate),
                Arguments.of(null, UnaryOperator.<byte[]>identity()));
    }

    @ParameterizedTest(name = "Content-Encoding {0}")
    @MethodSource("encodings")
    void acceptsAndRecordsValidPayload(String encoding, UnaryOperator<byte[]> encode) throws IOException {
        HttpResponse<String> response = client.post(SERIES, encode.apply(IntakeFixtures.bytes("valid-series.json")),
                encoding);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("{\"errors\":[]}", response.body());
        AcceptedSeries gauge = intake.series("yardstick.github.pr.open").get(0);
        assertEquals(new AcceptedSeries("yardstick.github.pr.open", AcceptedSeries.GAUGE, OptionalLong.empty(),
                Optional.of("pull_request"), List.of("repo:acme/widgets", "env:test", "team/platform"),
                List.of(new SeriesPoint(1_768_471_140L, 12), new SeriesPoint(1_768_471_200L, 12.5)),
                List.of(new SeriesResource("ci-runner-1", "host"))), gauge);
        AcceptedSeries count = intake.series("yardstick.run.points_sent").get(0);
        assertEquals(AcceptedSeries.COUNT, count.type());
        assertEquals(OptionalLong.of(60), count.interval());
        assertEquals(4, intake.acceptedPoints().size());
        assertEquals(new AcceptedPoint("yardstick.run.points_sent", 1, List.of(), 1_768_471_800L, 4),
                intake.acceptedPoints().get(3));
        assertEquals(1, intake.acceptedPayloadCount());
        assertEquals(0, intake.rejectedCount());
    }

    @Test
    void refusesMissingOrWrongKeyWith403() throws IOException {
        HttpResponse<String> missing = client.post(SERIES, IntakeFixtures.bytes("valid-series.json"), null, null);
        assertEquals(403, missing.statusCode());
        assertEquals("{\"errors\":[\"Forbidden\"]}", missing.body());

        try (DatadogIntakeSimulator strict = new DatadogIntakeSimulator(CLOCK, Optional.of("right-key"))) {
            strict.start();
            IntakeClient strictClient = new IntakeClient(strict);
            byte[] body = IntakeFixtures.bytes("valid-series.json");
            assertEquals(403, strictClient.post(SERIES, body, null, "wrong-key").statusCode());
            assertEquals(202, strictClient.post(SERIES, body, null, "right-key").statusCode());
            assertEquals(1, strict.rejectedCount(403));
        }
        assertEquals(1, intake.rejectedCount(403));
        assertTrue(intake.accepted().isEmpty());
    }

    @Test
    void refusesBodyOver512000BytesOnTheWireWith413() throws IOException {
        byte[] incompressible = new byte[600_000];
        new Random(42).nextBytes(incompressible);
        byte[] gzipped = BodyCodec.gzip(incompressible);
        assertTrue(gzipped.length > IntakeLimits.MAX_COMPRESSED_BYTES);

        HttpResponse<String> response = client.post(SERIES, gzipped, "gzip");

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("Payload too large"), response.body());
        assertEquals(1, intake.rejectedCount(413));
    }

    @Test
    void refusesBodyOver5MiBDecompressedWith413() throws IOException {
        byte[] large = ("{\"series\":[]," + " ".repeat(5_242_880) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = BodyCodec.gzip(large);
        assertTrue(gzipped.length < IntakeLimits.MAX_COMPRESSED_BYTES);

        HttpResponse<String> response = client.post(SERIES, gzipped, "gzip");

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("larger than 5242880"), response.body());
    }

    @Test
    void refusesUnsupportedOrCorruptEncodingWith400() throws IOException {
        byte[] body = IntakeFixtures.bytes("valid-series.json");
        assertEquals(400, client.post(SERIES, body, "zstd1").statusCode());
        HttpResponse<String> corrupt = client.post(SERIES, body, "gzip");
        assertEquals(400, corrupt.statusCode());
        assertTrue(corrupt.body().contains("not valid gzip"), corrupt.body());
    }

    static Stream<Arguments> badPayloads() {
        return Json.resource(DatadogIntakeSimulatorTest.class, "bad-series-cases.json").valueStream()
                .map(c -> Arguments.of(c.get("name").asText(),
                        c.has("raw") ? c.get("raw").asText().getBytes(StandardCharsets.UTF_8)
                                : Json.bytes(c.get("payload")),
                        c.get("expect").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayloads")
    void refusesInvalidPayloadWhole(String name, byte[] body, String expectedError) throws IOException {
        HttpResponse<String> response = client.post(SERIES, BodyCodec.gzip(body), "gzip");

        assertEquals(400, response.statusCode(), response.body());
        List<String> errors = Json.mapper().convertValue(Json.parse(response.body()).get("errors"),
                Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        assertTrue(errors.stream().anyMatch(e -> e.contains(expectedError)), () -> name + ": " + errors);
        assertTrue(intake.accepted().isEmpty());
        assertEquals(1, intake.rejectedCount(400));
        assertEquals(errors, intake.rejections().get(0).errors());
    }

    @Test
    void statusSequenceThenNormalHandling() throws IOException {
        intake.faults().statusSequence(SERIES, FaultResponse.of(500), FaultResponse.rateLimited(3));
        byte[] body = BodyCodec.gzip(IntakeFixtures.bytes("valid-series.json"));

        assertEquals(500, client.post(SERIES, body, "gzip").statusCode());
        HttpResponse<String> limited = client.post(SERIES, body, "gzip");
        assertEquals(429, limited.statusCode());
        assertEquals("3", limited.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertEquals(202, client.post(SERIES, body, "gzip").statusCode());

        assertEquals(1, intake.acceptedPayloadCount());
        assertEquals(3, intake.requestCount());
        assertEquals(0, intake.rejectedCount());
    }

    @Test
    void downThenUp() throws IOException {
        byte[] body = IntakeFixtures.bytes("valid-series.json");
        intake.faults().down();
        assertEquals(503, client.post(SERIES, body, null).statusCode());
        intake.faults().up();
        assertEquals(202, client.post(SERIES, body, null).statusCode());
    }

    @Test
    void acceptsAndRecordsDistributionPoints() throws IOException {
        HttpResponse<String> response = client.post("/api/v1/distribution_points",
                BodyCodec.deflate(IntakeFixtures.bytes("valid-distribution.json")), "deflate");

        assertEquals(202, response.statusCode(), response.body());
        AcceptedDistribution distribution = intake.acceptedDistributions().get(0);
        assertEquals(new AcceptedDistribution("yardstick.github.pr.review_latency_seconds",
                List.of("repo:acme/widgets"), Optional.of("ci-runner-1"),
                List.of(new DistributionPoint(1_768_471_140L, List.of(30.0, 95.5, 4000.0)),
                        new DistributionPoint(1_768_471_200L, List.of(12.0)))), distribution);
    }

    @Test
    void refusesGzipOnDistributionPointsAsTheV1EndpointOnlyTakesDeflate() throws IOException {
        HttpResponse<String> response = client.post("/api/v1/distribution_points",
                BodyCodec.gzip(IntakeFixtures.bytes("valid-distribution.json")), "gzip");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Content-Encoding gzip is not accepted"), response.body());
        assertTrue(intake.acceptedDistributions().isEmpty());
    }

    @Test
    void refusesBadDistributionPoints() throws IOException {
        String body = "{\"series\":[{\"metric\":\"yardstick.d\",\"points\":[[1768471200, []], [1768471200, [\"x\"]]]}]}";
        HttpResponse<String> response = client.post("/api/v1/distribution_points",
                body.getBytes(StandardCharsets.UTF_8), null);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("series[0].points[0]: must be [timestamp, [value, ...]]"), response.body());
        assertTrue(response.body().contains("series[0].points[1][1][0]: must be a number"), response.body());
        assertEquals(403, client.post("/api/v1/distribution_points", new byte[0], null, null).statusCode());
    }

    @Test
    void validateChecksTheKey() throws IOException {
        HttpResponse<String> valid = client.get("/api/v1/validate", IntakeClient.KEY);
        assertEquals(200, valid.statusCode());
        assertEquals("{\"valid\":true}", valid.body());
        assertEquals(403, client.get("/api/v1/validate", null).statusCode());
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws IOException {
        assertEquals(404, client.get("/api/v1/series/nope", IntakeClient.KEY).statusCode());
        assertEquals(405, client.get(SERIES, IntakeClient.KEY).statusCode());
        assertEquals(1, intake.rejectedCount(404));
        assertEquals(1, intake.rejectedCount(405));
    }

    @Test
    void resetForgetsAcceptedAndRejected() throws IOException {
        client.post(SERIES, IntakeFixtures.bytes("valid-series.json"), null);
        client.post(SERIES, IntakeFixtures.bytes("valid-series.json"), null, null);
        intake.reset();
        assertTrue(intake.accepted().isEmpty());
        assertEquals(0, intake.rejectedCount());
        assertEquals(0, intake.requestCount());
    }
}
