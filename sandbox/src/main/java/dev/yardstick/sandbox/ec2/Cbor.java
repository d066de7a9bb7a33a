package dev.yardstick.sandbox.ec2;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of CBOR (RFC 8949) the Smithy RPC v2 CBOR protocol uses: maps, arrays, text and byte strings,
 * integers, floats (half, single, double), booleans, null, definite and indefinite lengths, and tag 1 (epoch
 * seconds) for timestamps, decoded to {@link Instant}.
 */
final class Cbor {
    private static final int BREAK = 0xff;

    private Cbor() {
    }

    // ---- decoding

    static Object decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Object value = read(in);
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes after the CBOR value");
        }
        return value;
    }

    private static Object read(ByteBuffer in) {
        int initial = in.get() & 0xff;
        int major = initial >>> 5;
        int info = initial & 0x1f;
        switch (major) {
            case 0:
                return argument(in, info);
            case 1:
                return -1 - argument(in, info);
            case 2:
            case 3:
                byte[] bytes = info == 31 ? chunks(in, major) : take(in, Math.toIntExact(argument(in, info)));
                return major == 3 ? new String(bytes, StandardCharsets.UTF_8) : bytes;
            case 4:
                List<Object> list = new ArrayList<>();
                if (info == 31) {
                    while ((in.get(in.position()) & 0xff) != BREAK) {
                        list.add(read(in));
                    }
                    in.get();
                } else {
                    for (long i = argument(in, info); i > 0; i--) {
                        list.add(read(in));
                    }
                }
                return list;
            case 5:
                Map<String, Object> map = new LinkedHashMap<>();
                if (info == 31) {
                    while ((in.get(in.position()) & 0xff) != BREAK) {
                        map.put((String) read(in), read(in));
                    }
                    in.get();
                } else {
                    for (long i = argument(in, info); i > 0; i--) {
                        map.put((String) read(in), read(in));
                    }
                }
                return map;
            case 6:
                long tag = argument(in, info);
                Object tagged = read(in);
                if (tag == 1 && tagged instanceof Number seconds) {
                    BigDecimal exact = new BigDecimal(seconds.toString());
                    return Instant.ofEpochSecond(exact.longValue(),
                            exact.remainder(BigDecimal.ONE).movePointRight(9).intValue());
                }
                return tagged;
            default:
                return simple(in, info);
        }
    }

    private static Object simple(ByteBuffer in, int info) {
        return switch (info) {
            case 20 -> Boolean.FALSE;
            case 21 -> Boolean.TRUE;
            case 22, 23 -> null;
            case 25 -> half(in.getShort());
            case 26 -> (double) in.getFloat();
            case 27 -> in.getDouble();
            default -> throw new IllegalArgumentException("unsupported CBOR simple value " + info);
        };
    }

    private static double half(short bits) {
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        double value = exponent == 0 ? mantissa * Math.pow(2, -24)
                : exponent == 31 ? (mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN)
                : (mantissa + 1024) * Math.pow(2, exponent - 25);
        return (bits & 0x8000) != 0 ? -value : value;
    }

    private static long argument(ByteBuffer in, int info) {
        if (info < 24) {
            return info;
        }
        return switch (info) {
            case 24 -> in.get() & 0xffL;
            case 25 -> in.getShort() & 0xffffL;
            case 26 -> in.getInt() & 0xffffffffL;
            case 27 -> in.getLong();
            default -> throw new IllegalArgumentException("unsupported CBOR argument " + info);
        };
    }

    private static byte[] chunks(ByteBuffer in, int major) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((in.get(in.position()) & 0xff) != BREAK) {
            int initial = in.get() & 0xff;
            if (initial >>> 5 != major) {
                throw new IllegalArgumentException("bad chunk in an indefinite-length string");
            }
            out.writeBytes(take(in, Math.toIntExact(argument(in, initial & 0x1f))));
        }
        in.get();
        return out.toByteArray();
    }

    private static byte[] take(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    // ---- encoding

    static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(0xf6);
        } else if (value instanceof Boolean bool) {
            out.write(bool ? 0xf5 : 0xf4);
        } else if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            head(out, number >= 0 ? 0 : 1, number >= 0 ? number : -1 - number);
        } else if (value instanceof Number number) {
            out.write(0xfb);
            out.writeBytes(ByteBuffer.allocate(8).putDouble(number.doubleValue()).array());
        } else if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            head(out, 3, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Instant instant) {
            head(out, 6, 1);
            write(out, instant.getNano() == 0 ? (Object) instant.getEpochSecond()
                    : (Object) (instant.getEpochSecond() + instant.getNano() / 1e9));
        } else if (value instanceof List<?> list) {
            head(out, 4, list.size());
            list.forEach(item -> write(out, item));
        } else if (value instanceof Map<?, ?> map) {
            head(out, 5, map.size());
            map.forEach((key, item) -> {
                write(out, key.toString());
                write(out, item);
            });
        } else {
            throw new IllegalArgumentException("cannot encode " + value.getClass());
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            out.write(type | (int) argument);
        } else if (argument < 0x100) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument < 0x10000) {
            out.write(type | 25);
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) argument).array());
        } else if (argument < 0x100000000L) {
            out.write(type | 26);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) argument).array());
        } else {
            out.write(type | 27);
            out.writeBytes(ByteBuffer.allocate(8).putLong(argument).array());
        }
    }
}
