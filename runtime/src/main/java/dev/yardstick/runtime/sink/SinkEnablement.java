package dev.yardstick.runtime.sink;

/** The {@code enabled} setting of a sink: on, off, or on only when no datadog sink is active. */
public enum SinkEnablement {
    /** Always active. */
    TRUE,
    /** Never active. */
    FALSE,
    /** Active only when no datadog sink is active (no API key configured). */
    AUTO
}
