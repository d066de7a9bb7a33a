package dev.yardstick.runtime.sink.batch;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Encodes points into request bodies whose serialized size stays under a raw byte limit and whose compressed size
 * (the body on the wire) stays under a compressed byte limit.
 *
 * <p>Each point is serialized once and written once into the compressor whose output is the body: nothing is
 * encoded for sizing and thrown away. Before a point is written, a bound of the finished body is checked: the
 * compressed size measured at the last sync flush, plus the worst case of the raw bytes since then, the point and
 * the closing bytes. When the bound could exceed the limit, a sync flush measures the body again; when it still
 * could, the body is closed and the point starts the next one. So the limit is never exceeded and a body ends at
 * most one point early, while the compression of tags repeated across points is still credited. A point that
 * cannot fit alone is handed back as oversized.
 *
 * <p>Bodies are produced lazily ({@link #batches}): only the one being sent is held in memory.
 */
public final class BatchPartitioner {
    private final long maxCompressedBytes;
    private final long maxRawBytes;

    /**
     * Creates a partitioner.
     *
     * @param maxCompressedBytes bound on a body's size on the wire
     * @param maxRawBytes bound on a body's serialized size
     */
    public BatchPartitioner(long maxCompressedBytes, long maxRawBytes) {
        this.maxCompressedBytes = maxCompressedBytes;
        this.maxRawBytes = maxRawBytes;
    }

    /**
     * Returns the bodies of some points, each encoded when asked for.
     *
     * @param points the points; not modified while the batches are read
     * @param transport the body format and compression
     * @return the batches, in input order
     */
    public Batches batches(List<MetricPoint> points, BatchTransport transport) {
        return new Batches(requireNonNull(points, "points is null"), requireNonNull(transport, "transport is null"));
    }

    /**
     * Encodes points into one body whatever its size (the halves of a batch the endpoint refused).
     *
     * @param points the points, never empty
     * @param transport the body format and compression
     * @return the batch
     * @throws IllegalArgumentException if the transport cannot represent a point
     */
    public static EncodedBatch encode(List<MetricPoint> points, BatchTransport transport) {
        BodyWriter body = new BodyWriter(transport.compression(), transport.bodyStart(), transport.bodyEnd());
        PointBuffer buffer = new PointBuffer(transport);
        for (MetricPoint point : points) {
            buffer.encode(point);
            buffer.writeTo(body);
        }
        long raw = body.rawAfter(0);
        return new EncodedBatch(points, body.finish(), raw);
    }

    /** The bodies of a list of points, encoded one at a time; also collects the points that cannot be sent. */
    public final class Batches implements Iterator<EncodedBatch> {
        private final List<MetricPoint> points;
        private final BatchTransport transport;
        private final PointBuffer buffer;
        private final List<MetricPoint> oversized = new ArrayList<>();
        private final List<MetricPoint> unencodable = new ArrayList<>();
        private int next;
        private EncodedBatch ahead;

        private Batches(List<MetricPoint> points, BatchTransport transport) {
            this.points = points;
            this.transport = transport;
            this.buffer = new PointBuffer(transport);
        }

        @Override
        public boolean hasNext() {
            if (ahead == null && next < points.size()) {
                ahead = fill();
            }
            return ahead != null;
        }

        @Override
        public EncodedBatch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            EncodedBatch batch = ahead;
            ahead = null;
            return batch;
        }

        /**
         * Returns the points not yet handed out in a batch, for callers that stop early.
         *
         * @return the rest of the input, in order, oversized and unencodable points excluded
         */
        public List<MetricPoint> remaining() {
            List<MetricPoint> rest = new ArrayList<>();
            if (ahead != null) {
                rest.addAll(ahead.points());
            }
            rest.addAll(points.subList(next, points.size()));
            return rest;
        }

        /**
         * Returns the points found so far that exceed a limit on their own.
         *
         * @return the points, in input order
         */
        public List<MetricPoint> oversized() {
            return List.copyOf(oversized);
        }

        /**
         * Returns the points found so far that the transport cannot represent (non-finite values).
         *
         * @return the points, in input order
         */
        public List<MetricPoint> unencodable() {
            return List.copyOf(unencodable);
        }

        /** Encodes the next body; null when only oversized or unencodable points were left. */
        private EncodedBatch fill() {
            BodyWriter body = newBody();
            int first = next;
            while (next < points.size()) {
                int size = encodeNext();
                if (size < 0 || !fits(body, body.separator() + (long) size)) {
                    if (body.points() > 0) {
                        break;
                    }
                    if (size < 0 || body.rawAfter(size) > maxRawBytes) {
                        (size < 0 ? unencodable : oversized).add(points.get(next++));
                        first = next;
                        continue;
                    }
                    EncodedBatch alone = alone();
                    if (alone != null) {
                        body.abandon();
                        return alone;
                    }
                    first = next;
                    continue;
                }
                buffer.writeTo(body);
                next++;
            }
            if (body.points() == 0) {
                body.abandon();
                return null;
            }
            return batch(body, first);
        }

        /** Serializes the next point; -1 when the transport cannot represent it. */
        private int encodeNext() {
            try {
                return buffer.encode(points.get(next));
            } catch (IllegalArgumentException e) {
                return -1;
            }
        }

        /** Tells whether a point fits, sync-flushing once when the bound alone says it might not. */
        private boolean fits(BodyWriter body, long more) {
            if (body.rawAfter(more) > maxRawBytes) {
                return false;
            }
            if (body.compressedBoundAfter(more) <= maxCompressedBytes) {
                return true;
            }
            if (body.unflushed()) {
                body.flush();
            }
            return body.compressedBoundAfter(more) <= maxCompressedBytes;
        }

        /**
         * Encodes a point whose bound exceeds the compressed limit even in an empty body on its own, in a body
         * without sync flushes, and measures it: a batch of that one point when it fits, else null and the point
         * is oversized. (Only a point larger than the compressed limit before compression takes this path.)
         */
        private EncodedBatch alone() {
            BodyWriter body = newBody();
            buffer.writeTo(body);
            int first = next++;
            EncodedBatch batch = batch(body, first);
            if (batch.body().length <= maxCompressedBytes) {
                return batch;
            }
            oversized.add(points.get(first));
            return null;
        }

        private EncodedBatch batch(BodyWriter body, int first) {
            long raw = body.rawAfter(0);
            return new EncodedBatch(points.subList(first, next), body.finish(), raw);
        }

        private BodyWriter newBody() {
            return new BodyWriter(transport.compression(), transport.bodyStart(), transport.bodyEnd());
        }
    }
}
