package dev.yardstick.ec2;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One entry of the Linux/UNIX spot price history.
 *
 * @param type the instance type
 * @param zone the availability zone
 * @param price USD per hour
 * @param timestamp when this price took effect
 */
record SpotQuote(String type, String zone, double price, Instant timestamp) {
    SpotQuote {
        requireNonNull(type, "type is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(timestamp, "timestamp is null");
    }
}
