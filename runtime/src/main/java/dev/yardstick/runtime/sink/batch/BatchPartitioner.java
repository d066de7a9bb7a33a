package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Splits points into batches whose serialized size stays under a raw byte limit and whose gzip-compressed size
 * stays under a compressed byte limit.
 *
 * <p>The compressed size is measured, not guessed: each batch is streamed through a gzip compressor that is
 * sync-flushed every {@value #CHECK_EVERY} points. When a flush shows the limit exceeded, the batch ends at the
 * previous flush and the points after it start the next batch; a group that overflows an empty batch is
 * replayed point by point. Flushes slightly over-estimate the final size, so the limit is never exceeded,
 * while the compression of tags repeated across points is still credited.
 */
public final class BatchPartitioner {
    /** Gzip header and trailer plus a margin for the envelope's own compressed bytes. */
    static final int GZIP_OVERHEAD = 64;
    /** Points between two measurements of the compressed size. */
    static final int CHECK_EVERY = 16;

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
        Deque<Encoded> input = new ArrayDeque<>();
        points.forEach(point -> input.add(new Encoded(point, transport.encode(point))));
        int checkEvery = CHECK_EVERY;
        while (!input.isEmpty()) {
            Accumulator batch = new Accumulator(transport.envelopeBytes(), checkEvery);
            List<Encoded> carry = batch.fill(input);
            if (batch.accepted.isEmpty()) {
                if (checkEvery > 1) {
                    checkEvery = 1;
                } else {
                    oversized.add(carry.remove(0).point);
                }
            } else {
                batches.add(batch.accepted.stream().map(Encoded::point).toList());
                checkEvery = CHECK_EVERY;
            }
            for (int i = carry.size() - 1; i >= 0; i--) {
                input.addFirst(carry.get(i));
            }
        }
        return new Partition(batches, oversized);
    }

    private record Encoded(MetricPoint point, byte[] bytes) {
    }

    /** One batch being filled from the input; what does not fit is handed back as carry. */
    private final class Accumulator {
        private final List<Encoded> accepted = new ArrayList<>();
        private final List<Encoded> unchecked = new ArrayList<>();
        private final CountingStream counter = new CountingStream();
        private final GZIPOutputStream gzip;
        private final int checkEvery;
        private long rawBytes;

        Accumulator(int envelopeBytes, int checkEvery) {
            try {
                gzip = new GZIPOutputStream(counter, 8192, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.rawBytes = envelopeBytes;
            this.checkEvery = checkEvery;
        }

        /** Takes points from the input until a limit is reached; returns the points to put back. */
        List<Encoded> fill(Deque<Encoded> input) {
            while (!input.isEmpty()) {
                Encoded next = input.peekFirst();
                if (rawBytes + next.bytes.length + 1 > maxRawBytes) {
                    break;
                }
                input.pollFirst();
                rawBytes += next.bytes.length + 1;
                write(next.bytes);
                unchecked.add(next);
                if (unchecked.size() >= checkEvery && !checkpoint()) {
                    return new ArrayList<>(unchecked);
                }
            }
            if (!unchecked.isEmpty() && !checkpoint()) {
                return new ArrayList<>(unchecked);
            }
            if (accepted.isEmpty() && !input.isEmpty()) {
                return new ArrayList<>(List.of(input.pollFirst()));
            }
            return new ArrayList<>();
        }

        /** Flushes; keeps the unchecked points when the batch still fits, else leaves them for the caller. */
        private boolean checkpoint() {
            try {
                gzip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (counter.count + GZIP_OVERHEAD > maxCompressedBytes) {
                return false;
            }
            accepted.addAll(unchecked);
            unchecked.clear();
            return true;
        }

        private void write(byte[] bytes) {
            try {
                gzip.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
