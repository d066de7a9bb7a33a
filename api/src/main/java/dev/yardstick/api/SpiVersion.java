package dev.yardstick.api;

/**
 * The version of this SPI. A plugin jar records the version it was built against in its manifest attribute
 * {@value #MANIFEST_ATTRIBUTE}; the runtime refuses to load a jar built against another major version.
 */
public final class SpiVersion {
    /** The manifest attribute holding the SPI version a plugin jar was built against. */
    public static final String MANIFEST_ATTRIBUTE = "Yardstick-Spi-Version";

    /** The major version of this SPI. */
    public static final int CURRENT = 2;

    private SpiVersion() {
    }
}
