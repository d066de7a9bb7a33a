package dev.yardstick.sandbox.ec2;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the spot price history.
 *
 * @param type the instance type
 * @param zone the availability zone
 * @param productDescription e.g. {@code Linux/UNIX} or {@code Windows}
 * @param price USD per hour from {@code timestamp} on
 * @param timestamp when the price took effect
 */
public record SpotPriceData(String type, String zone, String productDescription, double price, Instant timestamp) {
    public SpotPriceData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(productDescription, "productDescription");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
