/**
 * A simulated SkyPilot API server: clusters, the managed-job queue and the asynchronous request protocol
 * ({@code /api/get}, {@code /api/cancel}), with faults on demand.
 */
package dev.yardstick.sandbox.skypilot;
