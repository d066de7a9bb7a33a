package dev.yardstick.runtime.sink.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** How request bodies are compressed ({@code compression} setting of an HTTP sink). */
public enum Compression {
    /** {@code Content-Encoding: gzip}. */
    GZIP,
    /** {@code Content-Encoding: deflate} (zlib-wrapped, as HTTP defines it). */
    DEFLATE,
    /** No compression. */
    NONE;

    private static final int BUFFER = 16 * 1024;

    /**
     * Returns the {@code Content-Encoding} header value.
     *
     * @return {@code gzip} or {@code deflate}; empty for {@link #NONE}
     */
    public Optional<String> contentEncoding() {
        switch (this) {
            case GZIP:
                return Optional.of("gzip");
            case DEFLATE:
                return Optional.of("deflate");
            default:
                return Optional.empty();
        }
    }

    /**
     * Opens a compressing stream whose {@code flush()} is a sync flush: every byte written so far is then in
     * {@code out}, so the compressed size can be measured while the stream stays open. Closing it finishes the
     * compressed data (and closes {@code out}). Writes are buffered in front of the compressor: a body is written
     * a point at a time, and handing each point's few hundred bytes to the compressor on its own (a native call,
     * and a checksum update, per write) cost more than compressing them.
     *
     * @param out where the compressed bytes go
     * @return the stream; {@code out} itself for {@link #NONE}
     * @throws IOException if writing the header fails
     */
    OutputStream open(OutputStream out) throws IOException {
        switch (this) {
            case GZIP:
                return new BufferedOutputStream(new GZIPOutputStream(out, BUFFER, true), BUFFER);
            case DEFLATE:
                return new BufferedOutputStream(new ZlibStream(out), BUFFER);
            default:
                return out;
        }
    }

    /**
     * Returns an upper bound of the compressed size of {@code raw} bytes written after a sync flush and then
     * finished: zlib's {@code compressBound} (stored blocks, 5 bytes per block) plus the format's trailer and the
     * final and flush blocks.
     *
     * @param raw uncompressed bytes
     * @return the bound; {@code raw} itself for {@link #NONE}
     */
    long bound(long raw) {
        if (this == NONE) {
            return raw;
        }
        long trailer = this == GZIP ? 8 : 4;
        return raw + (raw >> 12) + (raw >> 14) + (raw >> 25) + 13 + 10 + trailer;
    }

    /** A zlib stream with a large buffer that sync-flushes and releases its native deflater on close. */
    private static final class ZlibStream extends DeflaterOutputStream {
        ZlibStream(OutputStream out) {
            super(out, new Deflater(), BUFFER, true);
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                def.end();
            }
        }
    }
}
