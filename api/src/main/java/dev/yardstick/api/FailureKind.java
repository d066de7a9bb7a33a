package dev.yardstick.api;

/**
 * Why a collector, or a section of one, failed. Self-telemetry counts failures by kind
 * ({@code yardstick.collector.errors{kind:...}}).
 */
public enum FailureKind {
    /** The credentials were missing, rejected or lacked a permission. */
    AUTH,
    /** The upstream's rate limit was reached; the collector stopped to preserve the budget. */
    RATE_LIMITED,
    /** The upstream could not be reached or answered with a server error. */
    UPSTREAM_UNAVAILABLE,
    /** The upstream answered, but with a body that could not be understood. */
    BAD_RESPONSE,
    /** The work did not finish before the deadline. */
    TIMEOUT,
    /** A setting was invalid in a way only visible at collection time. */
    BAD_CONFIG,
    /** A defect in the collector itself. */
    INTERNAL
}
