package dev.yardstick.sandbox.intake;

/**
 * One accepted v2 point.
 *
 * @param timestamp epoch seconds
 * @param value     the value
 */
public record SeriesPoint(long timestamp, double value) {
}
