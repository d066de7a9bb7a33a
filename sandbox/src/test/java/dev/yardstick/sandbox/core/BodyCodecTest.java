package dev.yardstick.sandbox.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.yardstick.sandbox.core.BodyDecodingException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyCodecTest {

    private static final byte[] PLAIN = "{\"series\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTripsEveryEncoding() throws Exception {
        assertArrayEquals(PLAIN, BodyCodec.decode(PLAIN, null, 100));
        assertArrayEquals(PLAIN, BodyCodec.decode(PLAIN, "identity", 100));
        assertArrayEquals(PLAIN, BodyCodec.decode(BodyCodec.gzip(PLAIN), "GZIP", 100));
        assertArrayEquals(PLAIN, BodyCodec.decode(BodyCodec.deflate(PLAIN), "deflate", 100));
        assertArrayEquals(PLAIN, BodyCodec.decode(rawDeflate(PLAIN), "deflate", 100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"identity, 13, TOO_LARGE", "gzip, 12, TOO_LARGE", "zstd1, 100, UNSUPPORTED_ENCODING"})
    void refuses(String encoding, long limit, Reason reason) {
        byte[] body = encoding.equals("gzip") ? BodyCodec.gzip(PLAIN) : PLAIN;
        BodyDecodingException e = assertThrows(BodyDecodingException.class,
                () -> BodyCodec.decode(body, encoding, limit - 1));
        assertEquals(reason, e.reason());
    }

    @Test
    void refusesCorruptData() {
        assertEquals(Reason.CORRUPT, assertThrows(BodyDecodingException.class,
                () -> BodyCodec.decode(PLAIN, "gzip", 100)).reason());
        assertEquals(Reason.CORRUPT, assertThrows(BodyDecodingException.class,
                () -> BodyCodec.decode(PLAIN, "deflate", 100)).reason());
    }

    private static byte[] rawDeflate(byte[] plain) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION,
                true))) {
            deflate.write(plain);
        }
        return out.toByteArray();
    }
}
