package dev.yardstick.runtime.sink.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchPartitionerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes {"metric", "timestamp", "value", "tags"}; refuses non-finite values; counts what it writes. */
    static final class JsonTransport implements BatchTransport {
        private final Compression compression;
        int written;

        JsonTransport(Compression compression) {
            this.compression = compression;
        }

        @Override
        public String bodyStart() {
            return "{\"series\":[";
        }

        @Override
        public String bodyEnd() {
            return "]}";
        }

        @Override
        public void writePoint(JsonGenerator json, MetricPoint point) throws IOException {
            double value = ((Gauge) point).value();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("non-finite");
            }
            json.writeStartObject();
            json.writeStringField("metric", point.name());
            json.writeNumberField("timestamp", point.timestamp().getEpochSecond());
            json.writeNumberField("value", value);
            json.writeArrayFieldStart("tags");
            for (String tag : point.tags().rendered()) {
                json.writeString(tag);
            }
            json.writeEndArray();
            json.writeEndObject();
            written++;
        }

        @Override
        public Compression compression() {
            return compression;
        }

        @Override
        public TransportResponse deliver(EncodedBatch batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "test";
        }
    }

    @ParameterizedTest(name = "{0} points, tag of {1} {2} chars, limits {3} compressed / {4} raw, {5}")
    @CsvSource({
        // points, tag length, random tags, max compressed, max raw, compression, expected batches (-1 = several)
        "1000, 10, false, 450000, 4500000, GZIP, 1",
        "1000, 10, false, 450000, 4500000, DEFLATE, 1",
        "1000, 10, false, 450000, 4500000, NONE, 1",
        "1000, 10, false, 450000, 10000, GZIP, -1",
        "1000, 10, false, 450000, 10000, DEFLATE, -1",
        "1000, 10, false, 10000, 1000000, NONE, -1",
        "100, 50, false, 1000000, 2000, GZIP, -1",
        "200, 400, true, 4000, 1000000, GZIP, -1",
        "200, 400, true, 4000, 1000000, DEFLATE, -1",
        "200, 400, true, 4000, 1000000, NONE, -1",
        "200, 400, false, 1200, 1000000, GZIP, -1",
        "200, 400, false, 1200, 1000000, DEFLATE, -1",
        "3000, 40, true, 20000, 1000000, GZIP, -1",
        "3000, 40, true, 20000, 1000000, DEFLATE, -1",
        "3, 5000, true, 1000, 1000000, GZIP, 0",
        "3, 5000, true, 1000, 1000000, NONE, 0",
        "0, 10, false, 1000, 1000, GZIP, 0",
    })
    void batchesRespectBothLimitsAndCarryEveryPointInOrder(int count, int tagLength, boolean random,
            long maxCompressed, long maxRaw, Compression compression, int expectedBatches) throws IOException {
        List<MetricPoint> points = points(count, tagLength, random);
        List<EncodedBatch> batches = check(points, maxCompressed, maxRaw, compression);
        if (expectedBatches >= 0) {
            assertEquals(expectedBatches, batches.size());
        } else {
            assertTrue(batches.size() > 1, "expected several batches");
        }
    }

    /**
     * Points whose tag is random text of about the compressed limit: some fit alone only once measured, some do
     * not fit at all; the partitioner must keep every body under the limit and hand back exactly the rest.
     */
    @ParameterizedTest(name = "tag of {0} random chars, limit {1} compressed, {2}")
    @CsvSource({
        "1000, 760, GZIP", "1000, 733, GZIP", "1000, 729, GZIP", "1000, 725, GZIP", "1000, 700, GZIP",
        "1000, 740, DEFLATE", "1000, 721, DEFLATE", "1000, 717, DEFLATE", "1000, 713, DEFLATE", "1000, 680, DEFLATE",
        "1000, 1099, NONE", "1000, 1100, NONE", "600, 1400, GZIP", "600, 1400, DEFLATE", "600, 1400, NONE",
    })
    void pointsNearTheCompressedLimitNeverProduceABodyOverIt(int tagLength, long maxCompressed,
            Compression compression) throws IOException {
        check(points(60, tagLength, true), maxCompressed, 1_000_000, compression);
    }

    /** The limit at the median size of a point sent alone (below the largest): exactly the points that fit are sent. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Compression.class)
    void aLimitAtTheMedianPointSizeSendsExactlyThePointsThatFitAlone(Compression compression) throws IOException {
        List<MetricPoint> points = points(60, 1000, true);
        List<Integer> sizes = new ArrayList<>();
        for (MetricPoint point : points) {
            sizes.add(BatchPartitioner.encode(List.of(point), new JsonTransport(compression)).body().length);
        }
        long median = sizes.stream().sorted().toList().get(sizes.size() / 2);
        long largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        long limit = median < largest ? median : largest - 1;
        List<EncodedBatch> batches = check(points, limit, 1_000_000, compression);
        assertEquals(sizes.stream().filter(size -> size <= limit).count(), batches.size());
        assertTrue(batches.size() < points.size());
    }

    @Test
    void pointsThatCannotBeEncodedAreHandedBackAndTheOthersStillSent() throws IOException {
        List<MetricPoint> points = new ArrayList<>(points(10, 10, false));
        points.set(0, Gauge.of("test.metric.nan", Double.NaN, Instant.ofEpochSecond(1_700_000_000L), Tags.empty()));
        points.set(5, Gauge.of("test.metric.inf", Double.POSITIVE_INFINITY, Instant.ofEpochSecond(1_700_000_000L),
                Tags.empty()));
        JsonTransport transport = new JsonTransport(Compression.GZIP);
        BatchPartitioner.Batches batches = new BatchPartitioner(450_000, 4_500_000).batches(points, transport);
        List<MetricPoint> sent = new ArrayList<>();
        while (batches.hasNext()) {
            EncodedBatch batch = batches.next();
            assertEquals(batch.points(), decodedPoints(batch, batch.points(), Compression.GZIP));
            sent.addAll(batch.points());
        }
        assertEquals(List.of(points.get(0), points.get(5)), batches.unencodable());
        List<MetricPoint> expected = new ArrayList<>(points);
        expected.remove(5);
        expected.remove(0);
        assertEquals(expected, sent);
    }

    @Test
    void bodiesAreEncodedOnlyWhenAskedForAndEachPointOnce() {
        List<MetricPoint> points = points(1000, 10, false);
        JsonTransport transport = new JsonTransport(Compression.GZIP);
        BatchPartitioner.Batches batches = new BatchPartitioner(450_000, 10_000).batches(points, transport);
        assertEquals(0, transport.written);
        EncodedBatch first = batches.next();
        // the point that did not fit is serialized once and held for the next body
        assertEquals(first.points().size() + 1, transport.written);
        List<MetricPoint> rest = batches.remaining();
        assertEquals(points.subList(first.points().size(), points.size()), rest);
        assertTrue(batches.hasNext());
        assertEquals(rest, batches.remaining());
        batches.forEachRemaining(batch -> { });
        assertEquals(points.size(), transport.written, "every point serialized exactly once");
    }

    @Test
    void oneBodyOfAnySizeForTheHalvesOfARefusedBatch() throws IOException {
        List<MetricPoint> points = points(50, 400, true);
        for (Compression compression : Compression.values()) {
            EncodedBatch batch = BatchPartitioner.encode(points, new JsonTransport(compression));
            assertEquals(points, decodedPoints(batch, points, compression));
        }
        assertThrows(NoSuchElementException.class,
                () -> new BatchPartitioner(1000, 1000).batches(List.of(), new JsonTransport(Compression.NONE)).next());
    }

    /** Partitions and checks every invariant; returns the batches. */
    private static List<EncodedBatch> check(List<MetricPoint> points, long maxCompressed, long maxRaw,
            Compression compression) throws IOException {
        BatchPartitioner.Batches iterator = new BatchPartitioner(maxCompressed, maxRaw)
                .batches(points, new JsonTransport(compression));
        List<EncodedBatch> batches = new ArrayList<>();
        iterator.forEachRemaining(batches::add);
        List<MetricPoint> seen = new ArrayList<>();
        for (EncodedBatch batch : batches) {
            assertTrue(batch.body().length <= maxCompressed, "compressed " + batch.body().length + " > "
                    + maxCompressed);
            byte[] raw = decompress(batch.body(), compression);
            assertEquals(batch.rawBytes(), raw.length);
            assertTrue(raw.length <= maxRaw, "raw " + raw.length + " > " + maxRaw);
            assertEquals(batch.points(), decodedPoints(batch, batch.points(), compression));
            seen.addAll(batch.points());
        }
        List<MetricPoint> expected = new ArrayList<>(points);
        expected.removeAll(iterator.oversized());
        assertEquals(expected, seen, "every point that fits is sent once, in order");
        for (MetricPoint point : iterator.oversized()) {
            EncodedBatch alone = BatchPartitioner.encode(List.of(point), new JsonTransport(compression));
            assertTrue(alone.body().length > maxCompressed || alone.rawBytes() > maxRaw,
                    "a point that fits alone was called oversized");
        }
        for (int i = 0; i + 1 < batches.size(); i++) {
            assertFilled(batches.get(i), batches.get(i + 1).points().get(0), maxCompressed, maxRaw, compression);
        }
        return batches;
    }

    /**
     * A batch ends at most one point early: with the next point's serialized bytes added (and a small allowance
     * for the bound's slack), a limit would have been broken.
     */
    private static void assertFilled(EncodedBatch batch, MetricPoint next, long maxCompressed, long maxRaw,
            Compression compression) {
        long nextBytes = BatchPartitioner.encode(List.of(next), new JsonTransport(compression)).rawBytes()
                - "{\"series\":[]}".length() + 1;
        long slack = 64 + batch.rawBytes() / 2048;
        assertTrue(batch.rawBytes() + nextBytes > maxRaw || batch.body().length + nextBytes + slack > maxCompressed,
                "batch closed too early: raw " + batch.rawBytes() + ", compressed " + batch.body().length + " of "
                + batch.points().size() + " points, next point " + nextBytes + " bytes");
    }

    /** The body decompressed, parsed as JSON, and mapped back to the input points it names. */
    private static List<MetricPoint> decodedPoints(EncodedBatch batch, List<MetricPoint> candidates,
            Compression compression) throws IOException {
        JsonNode root = MAPPER.readTree(new String(decompress(batch.body(), compression), StandardCharsets.UTF_8));
        assertEquals(1, root.size(), "only the series array: " + root.fieldNames().next());
        List<MetricPoint> decoded = new ArrayList<>();
        int i = 0;
        for (JsonNode series : root.get("series")) {
            MetricPoint expected = candidates.get(i++);
            assertEquals(expected.name(), series.get("metric").asText());
            assertEquals(expected.timestamp().getEpochSecond(), series.get("timestamp").asLong());
            assertEquals(((Gauge) expected).value(), series.get("value").asDouble());
            List<String> tags = new ArrayList<>();
            series.get("tags").forEach(tag -> tags.add(tag.asText()));
            assertEquals(expected.tags().rendered(), tags);
            decoded.add(expected);
        }
        return decoded;
    }

    static byte[] decompress(byte[] body, Compression compression) throws IOException {
        try (InputStream in = switch (compression) {
            case GZIP -> new GZIPInputStream(new ByteArrayInputStream(body));
            case DEFLATE -> new InflaterInputStream(new ByteArrayInputStream(body));
            case NONE -> new ByteArrayInputStream(body);
        }) {
            return in.readAllBytes();
        }
    }

    static List<MetricPoint> points(int count, int tagLength, boolean random) {
        Random rnd = new Random(42);
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder tag = new StringBuilder();
            for (int c = 0; c < tagLength; c++) {
                tag.append(random ? (char) ('a' + rnd.nextInt(26)) : 'x');
            }
            points.add(Gauge.of("test.metric." + (i % 7), i, Instant.ofEpochSecond(1_700_000_000L + i),
                    Tags.of("id", String.valueOf(i), "blob", tag.toString())));
        }
        return points;
    }
}
