package dev.yardstick.sandbox.core;

import java.util.Objects;

/** A request body that could not be decoded: unsupported encoding, corrupt data, or too large once decoded. */
public final class BodyDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why decoding failed. */
    public enum Reason {
        /** The {@code Content-Encoding} is not one the sandbox understands. */
        UNSUPPORTED_ENCODING,
        /** The bytes are not valid data in the declared encoding. */
        CORRUPT,
        /** The decoded body exceeds the caller's limit. */
        TOO_LARGE
    }

    private final Reason reason;

    public BodyDecodingException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Returns why decoding failed. */
    public Reason reason() {
        return reason;
    }
}
