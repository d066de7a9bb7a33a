package dev.yardstick.runtime.sink;

/** The {@code enabled} setting of a sink: on, off, or on only when no datadog sink receives the run. */
public enum SinkEnablement {
    /** Always active. */
    TRUE,
    /** Never active. */
    FALSE,
    /** Active only when no datadog sink receives the run (no API key, or its environments exclude this one). */
    AUTO
}
