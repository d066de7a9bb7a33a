package dev.yardstick.sandbox.core;

import dev.yardstick.sandbox.core.BodyDecodingException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes request bodies by {@code Content-Encoding} ({@code gzip}, {@code deflate}, {@code identity} or none) with a
 * bound on the decoded size, so a small compressed body cannot exhaust memory; also encodes, for clients in tests.
 */
public final class BodyCodec {

    private BodyCodec() {
    }

    /**
     * Decodes a body.
     *
     * @param body            the bytes on the wire
     * @param contentEncoding the {@code Content-Encoding} header value, or null for none
     * @param maxDecodedBytes the largest decoded size accepted
     * @return the decoded bytes
     * @throws BodyDecodingException when the encoding is unsupported, the data corrupt, or the result too large
     */
    public static byte[] decode(byte[] body, String contentEncoding, long maxDecodedBytes) {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity":
                return checkSize(body, maxDecodedBytes);
            case "gzip":
                return inflate(body, maxDecodedBytes, "gzip", true);
            case "deflate":
                return inflateDeflate(body, maxDecodedBytes);
            default:
                throw new BodyDecodingException(Reason.UNSUPPORTED_ENCODING,
                        "unsupported Content-Encoding '" + contentEncoding + "' (supported: gzip, deflate, identity)");
        }
    }

    /** Returns the gzip encoding of the given bytes. */
    public static byte[] gzip(byte[] plain) {
        return compress(plain, GZIPOutputStream::new);
    }

    /** Returns the HTTP {@code deflate} (zlib-wrapped) encoding of the given bytes. */
    public static byte[] deflate(byte[] plain) {
        return compress(plain, DeflaterOutputStream::new);
    }

    private static byte[] compress(byte[] plain, Compressor compressor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream compressing = compressor.wrap(out)) {
            compressing.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] checkSize(byte[] body, long max) {
        if (body.length > max) {
            throw tooLarge(max);
        }
        return body;
    }

    /** HTTP "deflate" means zlib-wrapped data, but some clients send raw deflate: accept both. */
    private static byte[] inflateDeflate(byte[] body, long max) {
        try {
            return inflate(body, max, "deflate", false);
        } catch (BodyDecodingException e) {
            if (e.reason() != Reason.CORRUPT) {
                throw e;
            }
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), max,
                    "deflate");
        }
    }

    private static byte[] inflate(byte[] body, long max, String name, boolean gzip) {
        try {
            InputStream in = gzip
                    ? new GZIPInputStream(new ByteArrayInputStream(body))
                    : new InflaterInputStream(new ByteArrayInputStream(body));
            return readBounded(in, max, name);
        } catch (IOException e) {
            throw corrupt(name, e);
        }
    }

    private static byte[] readBounded(InputStream in, long max, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + (long) n > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw corrupt(name, e);
        }
        return out.toByteArray();
    }

    private static BodyDecodingException tooLarge(long max) {
        return new BodyDecodingException(Reason.TOO_LARGE, "decoded body is larger than " + max + " bytes");
    }

    private static BodyDecodingException corrupt(String name, IOException e) {
        return new BodyDecodingException(Reason.CORRUPT,
                "body is not valid " + name + " data: " + e.getMessage());
    }

    /** Wraps a stream in a compressing one. */
    @FunctionalInterface
    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }
}
