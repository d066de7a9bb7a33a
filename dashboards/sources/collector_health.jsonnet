// Collector Health: Yardstick watching itself (self-telemetry; needs no collector plugin).
local y = import 'yardstick.libsonnet';
local ch = import 'components/collector_health.libsonnet';
local g = y.grid;
local p = y.presets;
local tv = y.templateVariables;

y.dashboard.new(
  key='collector-health',
  title='Yardstick Collector Health',
  description='Per collector: success, duration, points, errors and timeouts; per sink: points sent, dropped and retries.',
  templateVariables=[tv.env, tv.collector],
  widgets=[
    ch.successRate, ch.failing, ch.runDuration,
    ch.successTable,
    ch.successTrend, ch.durationTrend,
    ch.pointsTrend, ch.errorsByKind,
    ch.timeouts,
    g.breakBefore(p.subsectionHeader('Sinks')),
    ch.sinkSent, ch.sinkDropped, ch.sinkRetries,
    ch.httpStatus,
    ch.monitors,
  ],
)
