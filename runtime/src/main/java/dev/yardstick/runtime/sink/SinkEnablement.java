package dev.yardstick.runtime.sink;

import dev.yardstick.api.config.ConfigurationException;
import java.util.Locale;

/** The {@code enabled} setting of a sink: on, off, or on only when no datadog sink is active. */
public enum SinkEnablement {
    /** Always active. */
    TRUE,
    /** Never active. */
    FALSE,
    /** Active only when no datadog sink is active (no API key configured). */
    AUTO;

    static SinkEnablement parse(SinkBlock block) {
        String value = block.string("enabled").toLowerCase(Locale.ROOT);
        switch (value) {
            case "true":
            case "yes":
            case "on":
                return TRUE;
            case "false":
            case "no":
            case "off":
                return FALSE;
            case "auto":
                return AUTO;
            default:
                throw new ConfigurationException(block.path("enabled"),
                        "must be true, false or auto, got '" + value + "'");
        }
    }
}
