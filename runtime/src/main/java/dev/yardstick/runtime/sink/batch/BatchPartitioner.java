package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Splits points into batches whose serialized size stays under a raw byte limit and whose gzip-compressed size
 * stays under a compressed byte limit.
 *
 * <p>The compressed size is measured, not guessed: each batch is streamed through a gzip compressor that is
 * sync-flushed after every point, which slightly over-estimates the final size (so the limit is never
 * exceeded) while still crediting the compression of tags repeated across points.
 */
public final class BatchPartitioner {
    /** Gzip header and trailer plus a margin for the envelope's own compressed bytes. */
    static final int GZIP_OVERHEAD = 64;

    private final long maxCompressedBytes;
    private final long maxRawBytes;

    /**
     * Creates a partitioner.
     *
     * @param maxCompressedBytes bound on a batch's compressed size
     * @param maxRawBytes bound on a batch's serialized size
     */
    public BatchPartitioner(long maxCompressedBytes, long maxRawBytes) {
        this.maxCompressedBytes = maxCompressedBytes;
        this.maxRawBytes = maxRawBytes;
    }

    /**
     * The batches, and the points too large to be sent even alone.
     *
     * @param batches batches in input order, none empty
     * @param oversized points that exceed a limit on their own
     */
    public record Partition(List<List<MetricPoint>> batches, List<MetricPoint> oversized) {
        /** Copies the lists. */
        public Partition {
            batches = batches.stream().map(List::copyOf).toList();
            oversized = List.copyOf(oversized);
        }
    }

    /**
     * Splits points.
     *
     * @param points the points
     * @param transport the transport whose encoding decides the sizes
     * @return the partition
     */
    public Partition partition(List<MetricPoint> points, BatchTransport transport) {
        requireNonNull(transport, "transport is null");
        List<List<MetricPoint>> batches = new ArrayList<>();
        List<MetricPoint> oversized = new ArrayList<>();
        Accumulator current = new Accumulator(transport.envelopeBytes());
        for (MetricPoint point : points) {
            byte[] encoded = transport.encode(point);
            if (!current.fits(encoded)) {
                if (!current.isEmpty()) {
                    batches.add(current.points);
                }
                current = new Accumulator(transport.envelopeBytes());
                if (!current.fits(encoded)) {
                    oversized.add(point);
                    current = new Accumulator(transport.envelopeBytes());
                    continue;
                }
            }
            current.accept(point);
        }
        if (!current.isEmpty()) {
            batches.add(current.points);
        }
        return new Partition(batches, oversized);
    }

    /** One batch being filled; {@link #fits} writes the point to the compressor, {@link #accept} keeps it. */
    private final class Accumulator {
        private final List<MetricPoint> points = new ArrayList<>();
        private final CountingStream counter = new CountingStream();
        private final GZIPOutputStream gzip;
        private long rawBytes;

        Accumulator(int envelopeBytes) {
            try {
                gzip = new GZIPOutputStream(counter, 8192, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rawBytes = envelopeBytes;
        }

        boolean isEmpty() {
            return points.isEmpty();
        }

        boolean fits(byte[] encoded) {
            long raw = rawBytes + encoded.length + 1;
            if (raw > maxRawBytes) {
                return false;
            }
            try {
                gzip.write(encoded);
                gzip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (counter.count + GZIP_OVERHEAD > maxCompressedBytes) {
                return false;
            }
            rawBytes = raw;
            return true;
        }

        void accept(MetricPoint point) {
            points.add(point);
        }
    }

    /** Counts bytes and discards them. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
