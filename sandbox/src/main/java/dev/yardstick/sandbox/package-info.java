/**
 * Simulated external services on loopback for tests and demos.
 *
 * <p>Every simulator extends {@link dev.yardstick.sandbox.core.SimulatedApi}: it binds 127.0.0.1, records every request it
 * receives, applies injected {@link dev.yardstick.sandbox.core.Faults} before its own handling and reads time only from an
 * injected {@link java.time.Clock}. {@link dev.yardstick.sandbox.Sandbox} starts a set of simulators together. The
 * sandbox speaks only HTTP and JSON and depends on no other Yardstick module.
 */
package dev.yardstick.sandbox;
