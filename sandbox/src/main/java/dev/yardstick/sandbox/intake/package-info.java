/**
 * The simulated Datadog metrics intake: {@code POST /api/v2/series}, {@code POST /api/v1/distribution_points} and
 * {@code GET /api/v1/validate}, validating payloads like the real intake and recording what it accepted.
 */
package dev.yardstick.sandbox.intake;
