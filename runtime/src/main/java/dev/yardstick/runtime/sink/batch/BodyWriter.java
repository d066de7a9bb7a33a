package dev.yardstick.runtime.sink.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One request body being written: raw bytes go straight into the compressor whose output is the body. Tracks the
 * raw size, the compressed size measured at the last sync flush and the raw bytes written since, so that a bound
 * of the finished size is known at any time without finishing.
 */
final class BodyWriter {
    private static final int INITIAL_CAPACITY = 64 * 1024;
    private static final byte[] COMMA = {','};

    private final Compression compression;
    private final byte[] end;
    private final ByteArrayOutputStream body;
    private final OutputStream out;
    private long rawBytes;
    private long rawSinceFlush;
    private long flushedBytes;
    private int points;

    BodyWriter(Compression compression, String start, String end) {
        this.compression = compression;
        this.end = end.getBytes(StandardCharsets.UTF_8);
        this.body = new ByteArrayOutputStream(INITIAL_CAPACITY);
        try {
            this.out = compression.open(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushedBytes = body.size();
        byte[] opening = start.getBytes(StandardCharsets.UTF_8);
        write(opening, 0, opening.length);
    }

    /** Returns the raw size once {@code more} bytes (a separator and a point) are added and the body closed. */
    long rawAfter(long more) {
        return rawBytes + more + end.length;
    }

    /** Returns a bound of the compressed size once {@code more} bytes are added and the body finished. */
    long compressedBoundAfter(long more) {
        return flushedBytes + compression.bound(rawSinceFlush + more + end.length);
    }

    /** Tells whether a sync flush would tighten the bound (raw bytes were written since the last one). */
    boolean unflushed() {
        return rawSinceFlush > 0;
    }

    /** Sync-flushes the compressor and measures the compressed size so far. */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flushedBytes = body.size();
        rawSinceFlush = 0;
    }

    /** Writes one point's bytes, preceded by a comma unless it is the first. */
    void writePoint(byte[] bytes, int length) {
        if (points > 0) {
            write(COMMA, 0, 1);
        }
        write(bytes, 0, length);
        points++;
    }

    int points() {
        return points;
    }

    /** Returns the separator's size before the next point. */
    int separator() {
        return points == 0 ? 0 : 1;
    }

    /** Closes the body and returns the compressed bytes. */
    byte[] finish() {
        write(end, 0, end.length);
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    /** Releases the compressor of a body that will not be sent. */
    void abandon() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rawBytes += length;
        rawSinceFlush += length;
    }
}
