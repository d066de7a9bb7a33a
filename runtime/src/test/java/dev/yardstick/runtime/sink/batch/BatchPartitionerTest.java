package dev.yardstick.runtime.sink.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.sink.PointJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchPartitionerTest {
    /** Sizes by the local JSON shape; the envelope is "[" and "]". */
    static final class JsonTransport implements BatchTransport {
        @Override
        public byte[] encode(MetricPoint point) {
            return PointJson.toLine(point).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int envelopeBytes() {
            return 2;
        }

        @Override
        public TransportResponse deliver(List<MetricPoint> batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "test";
        }
    }

    @ParameterizedTest(name = "{0} points, tag of {1} {2} chars, limits {3} compressed / {4} raw -> {5} batches")
    @CsvSource({
        // points, tag length, random tags, max compressed, max raw, expected batches (-1 = only invariants)
        "1000, 10, false, 450000, 4500000, 1",
        "1000, 10, false, 450000, 10000, -1",
        "100, 50, false, 1000000, 2000, -1",
        "200, 400, true, 4000, 1000000, -1",
        "200, 400, false, 1200, 1000000, -1",
        "3, 5000, true, 1000, 1000000, 0",
        "0, 10, false, 1000, 1000, 0",
    })
    void batchesRespectBothLimitsAndKeepEveryPointInOrder(int count, int tagLength, boolean random,
            long maxCompressed, long maxRaw, int expectedBatches) throws IOException {
        List<MetricPoint> points = points(count, tagLength, random);
        JsonTransport transport = new JsonTransport();
        BatchPartitioner.Partition partition = new BatchPartitioner(maxCompressed, maxRaw)
                .partition(points, transport);
        List<MetricPoint> seen = new ArrayList<>();
        for (List<MetricPoint> batch : partition.batches()) {
            String body = "[" + String.join(",", batch.stream().map(PointJson::toLine).toList()) + "]";
            byte[] raw = body.getBytes(StandardCharsets.UTF_8);
            assertTrue(raw.length <= maxRaw, "raw " + raw.length + " > " + maxRaw);
            assertTrue(gzip(raw) <= maxCompressed, "compressed " + gzip(raw) + " > " + maxCompressed);
            assertTrue(!batch.isEmpty());
            seen.addAll(batch);
        }
        seen.addAll(partition.oversized());
        assertEquals(points, seen);
        if (expectedBatches >= 0) {
            assertEquals(expectedBatches, partition.batches().size());
        } else {
            assertTrue(partition.batches().size() > 1, "expected several batches");
            assertEquals(0, partition.oversized().size());
            // Batches are filled: merging two neighbours would break a limit (checked on the first pair).
            List<MetricPoint> merged = new ArrayList<>(partition.batches().get(0));
            merged.add(partition.batches().get(1).get(0));
            String body = "[" + String.join(",", merged.stream().map(PointJson::toLine).toList()) + "]";
            byte[] raw = body.getBytes(StandardCharsets.UTF_8);
            assertTrue(raw.length > maxRaw || gzip(raw) + BatchPartitioner.GZIP_OVERHEAD > maxCompressed * 0.75,
                    "first batch was closed too early: raw " + raw.length + ", compressed " + gzip(raw)
                    + " of " + partition.batches().get(0).size() + " points");
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

    static int gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.size();
    }
}
