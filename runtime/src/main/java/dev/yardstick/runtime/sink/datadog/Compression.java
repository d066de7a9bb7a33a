package dev.yardstick.runtime.sink.datadog;

/** How request bodies to the intake are compressed ({@code compression} setting). */
public enum Compression {
    /** {@code Content-Encoding: gzip}. */
    GZIP,
    /** {@code Content-Encoding: deflate}. */
    DEFLATE,
    /** No compression. */
    NONE
}
