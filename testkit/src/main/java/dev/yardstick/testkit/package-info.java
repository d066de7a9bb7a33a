/**
 * Test support for collector plugins and the runtime: the {@link dev.yardstick.testkit.CollectorContractTest}
 * every plugin extends, fakes ({@link dev.yardstick.testkit.FakeClock},
 * {@link dev.yardstick.testkit.FakeCollectorContext}, {@link dev.yardstick.testkit.RecordingSink}) and
 * {@link dev.yardstick.testkit.PointsAssert}.
 */
package dev.yardstick.testkit;
